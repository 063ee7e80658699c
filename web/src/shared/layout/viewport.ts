// The width class of the screen, for the few things CSS alone cannot change (a dialog's width, a menu drawer, columns of
// descriptions): a phone below 768 px, a tablet below 1200 px, a desktop above. One listener for the whole app.
import { computed, readonly, ref, type ComputedRef } from 'vue'

export const PHONE_MAX = 767
export const TABLET_MAX = 1199

const width = ref(typeof window === 'undefined' ? 1440 : window.innerWidth)
if (typeof window !== 'undefined') window.addEventListener('resize', () => (width.value = window.innerWidth), { passive: true })

/** The window's width, reactive. */
export const viewportWidth = readonly(width)
export const isPhone = computed(() => width.value <= PHONE_MAX)
export const isTablet = computed(() => width.value > PHONE_MAX && width.value <= TABLET_MAX)

/** A dialog's width: as designed on a desktop or tablet, the whole screen's width on a phone (so its buttons stay on screen). */
export function useDialogWidth(desktop: () => string | undefined, fallback = '640px'): ComputedRef<string> {
  return computed(() => (isPhone.value ? '100%' : (desktop() ?? fallback)))
}

/**
 * Bindings for an el-descriptions (`v-bind="descriptions"`): `columns` side by side on a desktop, two on a tablet, and
 * on a phone one column with each label above its value, so no label is squeezed to one character a line.
 */
export function useDescriptions(columns: number) {
  return computed(() => ({
    column: isPhone.value ? 1 : isTablet.value ? Math.min(2, columns) : columns,
    direction: isPhone.value ? ('vertical' as const) : ('horizontal' as const),
  }))
}
