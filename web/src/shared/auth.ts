import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { http, isApiError, refreshAntiforgery } from './http'
import { useOrgStore } from './org'
import { useZoneStore } from './zone'
import type { Permission, Role } from './enums'

export interface Me {
  id: string
  userName: string
  displayName: string
  roles: Role[]
  permissions: Permission[]
  zoneId?: string | null
  zoneName?: string | null
  parkId?: string | null
  parkName?: string | null
  enterpriseId?: string | null
  enterpriseName?: string | null
  bankId?: string | null
  bankName?: string | null
  departmentId?: string | null
  departmentName?: string | null
  /** After an import, an administrator's reset or an expiry: nothing else is allowed until the password is changed. */
  mustChangePassword: boolean
}

export const useAuthStore = defineStore('auth', () => {
  const me = ref<Me | null>(null)
  /** Whether `load()` has asked the server at least once (so the router knows "anonymous" from "unknown"). */
  const loaded = ref(false)
  let pending: Promise<Me | null> | null = null

  const signedIn = computed(() => me.value !== null)

  /** Who is signed in, asked once and shared by concurrent callers; null when anonymous. */
  function load(force = false): Promise<Me | null> {
    if (loaded.value && !force) return Promise.resolve(me.value)
    pending ??= http
      .get<Me>('/api/auth/me', undefined, { redirectOn401: false })
      .catch((error: unknown) => {
        if (isApiError(error) && error.status === 401) return null
        throw error
      })
      .then((result) => {
        me.value = result
        loaded.value = true
        return result
      })
      .finally(() => {
        pending = null
      })
    return pending
  }

  async function login(userName: string, password: string): Promise<Me> {
    const result = await http.post<Me>('/api/auth/login', { userName, password }, { redirectOn401: false })
    me.value = result
    loaded.value = true
    // The antiforgery token is bound to the user: the anonymous one is no good any more.
    await refreshAntiforgery()
    return result
  }

  /** Changes the caller's own password; the server answers with the refreshed user (no longer bound to change it). */
  async function changePassword(currentPassword: string, newPassword: string): Promise<Me> {
    const result = await http.post<Me>('/api/auth/password', { currentPassword, newPassword })
    me.value = result
    // The session cookie was re-issued: the antiforgery token follows it.
    await refreshAntiforgery()
    return result
  }

  async function logout() {
    try {
      await http.post<void>('/api/auth/logout', undefined, { redirectOn401: false })
    } finally {
      forget()
      await refreshAntiforgery().catch(() => undefined)
    }
  }

  /** Drops the local session (after a 401 the server has already dropped it). */
  function forget() {
    me.value = null
    loaded.value = true
    useOrgStore().clear() // the next user may see other zones
    useZoneStore().choose(undefined)
  }

  function can(permission: Permission): boolean {
    return me.value?.permissions.includes(permission) ?? false
  }

  function hasRole(role: Role): boolean {
    return me.value?.roles.includes(role) ?? false
  }

  return { me, loaded, signedIn, load, login, changePassword, logout, forget, can, hasRole }
})
