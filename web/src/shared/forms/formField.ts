import type { InjectionKey, Ref } from 'vue'

/** Server field errors of the enclosing <FormDialog>, by camelCase field name. */
export const SERVER_ERRORS: InjectionKey<Readonly<Ref<Record<string, string>>>> = Symbol('serverErrors')
