// Re-runs a load every few seconds while the page is open (live progress on the organiser's screen and in the hall).
import { onBeforeUnmount, onMounted } from 'vue'

export function usePolling(load: () => Promise<unknown>, everyMs = 3000) {
  let timer: ReturnType<typeof setTimeout> | undefined
  let stopped = false
  async function tick() {
    await load().catch(() => undefined)
    if (!stopped) timer = setTimeout(tick, everyMs)
  }
  onMounted(tick)
  onBeforeUnmount(() => {
    stopped = true
    clearTimeout(timer)
  })
}
