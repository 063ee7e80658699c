// What a print sheet shows is read once, when the page opens: the value, whether it is still loading, and the error to show
// instead of the sheet (the title of the server's answer, or the reason the caller gives for not printing what was read).
import { onMounted, ref, shallowRef } from 'vue'
import { describeError } from '@/shared/errors'

export class NotForPrint extends Error {}

export function usePrintLoad<T>(load: () => Promise<T>) {
  const data = shallowRef<T>()
  const loading = ref(true)
  const error = ref<string | null>(null)
  onMounted(async () => {
    try {
      data.value = await load()
    } catch (e) {
      error.value = e instanceof NotForPrint ? e.message : describeError(e).title
    } finally {
      loading.value = false
    }
  })
  return { data, loading, error }
}
