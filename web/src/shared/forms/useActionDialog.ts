// A dialog that carries out one action on a row of a list: which action is open, whether it is being sent, and the server's
// refusal placed beside the dialog's own fields (the rest in its general area, so the user always reads why). A success says
// so, closes the dialog and reloads what the caller names.
import { ref, type Ref } from 'vue'
import { ApiError } from '@/shared/http'
import { toastError, toastSuccess } from '@/shared/errors'
import { placeErrors } from './serverErrors'

export function useActionDialog<A>(fields: readonly string[], after: { saved: () => string; reload: () => Promise<unknown> }) {
  const acting = ref<A>() as Ref<A | undefined>
  const errors = ref<Record<string, string>>({})
  const general = ref<string>()
  const busy = ref(false)

  function open(value: A) {
    acting.value = value
    errors.value = {}
    general.value = undefined
  }

  async function submit(send: (acting: A) => Promise<unknown>) {
    const current = acting.value
    if (current === undefined) return
    busy.value = true
    errors.value = {}
    general.value = undefined
    try {
      await send(current)
      toastSuccess(after.saved())
      acting.value = undefined
      await after.reload()
    } catch (error) {
      if (!(error instanceof ApiError)) return toastError(error)
      const placed = placeErrors(error, fields)
      errors.value = placed.fields
      general.value = placed.general
    } finally {
      busy.value = false
    }
  }

  return { acting, errors, general, busy, open, submit }
}
