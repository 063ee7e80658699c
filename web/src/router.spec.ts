import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import type { Me } from './shared/auth'
import { router } from './router'

function signedInAs(me: Me | null) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) =>
      url === '/api/auth/me' && me ? new Response(JSON.stringify(me), { status: 200 }) : new Response('{}', { status: 401 }),
    ),
  )
}

const user = (roles: Me['roles'], permissions: Me['permissions'], extra: Partial<Me> = {}): Me => ({
  id: 'u',
  userName: 'u',
  displayName: 'U',
  roles,
  permissions,
  mustChangePassword: false,
  ...extra,
})

// The first navigation to a page compiles that page and Element Plus: allow it time.
describe('router guard', { timeout: 30_000 }, () => {
  beforeEach(async () => {
    setActivePinia(createPinia())
  })
  afterEach(() => vi.unstubAllGlobals())

  it('sends anonymous visitors to sign-in, remembering where they were going', async () => {
    signedInAs(null)
    await router.push('/enterprises?qualification=HighTech')
    expect(router.currentRoute.value.name).toBe('login')
    expect(router.currentRoute.value.query.redirect).toBe('/enterprises?qualification=HighTech')
  })

  it('sends a user who must change the password to the change page from every page, remembering the target', async () => {
    signedInAs(user(['InnovationBureau'], ['dashboard.view', 'enterprises.read'], { mustChangePassword: true }))
    await router.push('/enterprises')
    expect(router.currentRoute.value.name).toBe('change-password')
    expect(router.currentRoute.value.query.redirect).toBe('/enterprises')
  })

  it('lets a user with the permission in', async () => {
    signedInAs(user(['InnovationBureau'], ['dashboard.view', 'enterprises.read']))
    await router.push('/enterprises')
    expect(router.currentRoute.value.name).toBe('enterprises')
  })

  it('shows 403 for a page the user may not open', async () => {
    signedInAs(user(['ZoneLeader'], ['dashboard.view', 'enterprises.read']))
    await router.push('/admin/users')
    expect(router.currentRoute.value.name).toBe('forbidden')
  })

  it('opens a page with one side per permission to any of them, and to no one else', async () => {
    signedInAs(user(['BankUser'], ['enterprises.read', 'finance.bank']))
    await router.push('/finance')
    expect(router.currentRoute.value.name).toBe('finance')
  })

  it('shows 403 for the finance page to a user with no finance permission', async () => {
    signedInAs(user(['ServiceOfficer'], ['dashboard.view', 'service.read']))
    // Another address than the test before (the router is shared): a repeated navigation would not ask the guard again.
    await router.push('/finance?tab=requests')
    expect(router.currentRoute.value.name).toBe('forbidden')
  })

  it('takes an enterprise user from / to its own enterprise', async () => {
    signedInAs(user(['EnterpriseUser'], ['enterprises.read'], { enterpriseId: 'e-1' }))
    await router.push('/')
    expect(router.currentRoute.value.fullPath).toBe('/enterprises/e-1')
  })

  it('takes a signed-in user away from the sign-in page', async () => {
    signedInAs(user(['SystemAdmin'], ['dashboard.view']))
    await router.push('/login')
    expect(router.currentRoute.value.path).toBe('/')
  })

  it('shows 404 for unknown paths', async () => {
    signedInAs(user(['SystemAdmin'], ['dashboard.view']))
    await router.push('/no/such/page')
    expect(router.currentRoute.value.name).toBe('not-found')
  })
})
