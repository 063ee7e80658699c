import type { InjectionKey, Ref } from 'vue'

/** Server field errors of the enclosing <FormDialog>, by camelCase field name. */
export const SERVER_ERRORS: InjectionKey<Readonly<Ref<Record<string, string>>>> = Symbol('serverErrors')

/** The fields an enclosing <FormDialog> renders, so that errors for any other field still show in its error area. */
export const SHOWN_FIELDS: InjectionKey<{ add: (prop: string) => void; remove: (prop: string) => void }> = Symbol('shownFields')
