import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'
import ElementPlus from 'element-plus'
import { i18n } from '@/shared/i18n'
import LoginPage from './LoginPage.vue'

type Reply = { status: number; body?: unknown }

function stubServer(login: Reply) {
  const requests: string[] = []
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit = {}) => {
      requests.push(`${init.method ?? 'GET'} ${url}`)
      if (url === '/api/auth/antiforgery') {
        document.cookie = 'XSRF-TOKEN=t; path=/'
        return new Response(null, { status: 204 })
      }
      if (url === '/api/auth/login') return new Response(JSON.stringify(login.body ?? {}), { status: login.status })
      return new Response(JSON.stringify({ title: 'not found' }), { status: 404 })
    }),
  )
  return requests
}

async function mountLogin(path = '/login') {
  const pinia = createPinia()
  setActivePinia(pinia)
  const Blank = { render: () => null }
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/login', name: 'login', component: LoginPage },
      { path: '/', component: Blank },
      { path: '/enterprises/:id', component: Blank },
      { path: '/audit', component: Blank },
    ],
  })
  await router.push(path)
  await router.isReady()
  const wrapper = mount({ template: '<router-view />' }, { global: { plugins: [pinia, i18n, ElementPlus, router] }, attachTo: document.body })
  await flushPromises()
  return { wrapper, router }
}

async function signIn(wrapper: Awaited<ReturnType<typeof mountLogin>>['wrapper'], user = 'bureau', password = 'wrong') {
  await wrapper.find('input[data-testid="login-username"]').setValue(user)
  await wrapper.find('input[data-testid="login-password"]').setValue(password)
  await wrapper.find('form').trigger('submit')
  await flushPromises()
  // Done when the button stops spinning, or is gone because the page navigated away.
  await vi.waitFor(() => {
    const button = wrapper.find('[data-testid="login-submit"]')
    expect(button.exists() && button.classes().includes('is-loading')).toBe(false)
  })
  await flushPromises()
}

const me = { id: 'u1', userName: 'ent1', displayName: '企业用户', roles: ['EnterpriseUser'], permissions: ['enterprises.read'], enterpriseId: 'e-7' }

describe('LoginPage', () => {
  beforeEach(() => {
    i18n.global.locale.value = 'zh-CN'
    document.cookie = 'XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/'
  })
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('shows the invalid-credentials message for code invalid_credentials and clears the password', async () => {
    const requests = stubServer({ status: 401, body: { title: 'x', status: 401, code: 'invalid_credentials' } })
    const { wrapper, router } = await mountLogin()
    await signIn(wrapper)
    const error = wrapper.find('[data-testid="login-error"]')
    expect(error.exists()).toBe(true)
    expect(error.text()).toContain('用户名或密码错误')
    expect((wrapper.find('input[data-testid="login-password"]').element as HTMLInputElement).value).toBe('')
    expect(router.currentRoute.value.path).toBe('/login')
    expect(requests).toContain('POST /api/auth/login')
  })

  it('shows the locked-out message for code locked_out', async () => {
    stubServer({ status: 423, body: { title: 'x', status: 423, code: 'locked_out' } })
    const { wrapper } = await mountLogin()
    await signIn(wrapper)
    expect(wrapper.find('[data-testid="login-error"]').text()).toContain('账号已被锁定')
  })

  it('shows the rate-limit message on 429', async () => {
    stubServer({ status: 429, body: {} })
    const { wrapper } = await mountLogin()
    await signIn(wrapper)
    expect(wrapper.find('[data-testid="login-error"]').text()).toContain('登录尝试过于频繁')
  })

  it('does not call the server when the fields are empty', async () => {
    const requests = stubServer({ status: 200, body: me })
    const { wrapper } = await mountLogin()
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(requests).toEqual([])
    await vi.waitFor(() => expect(wrapper.text()).toContain('请输入用户名'))
  })

  it('signs in, refreshes the antiforgery token and lands on the user\'s home', async () => {
    const requests = stubServer({ status: 200, body: me })
    const { wrapper, router } = await mountLogin()
    await signIn(wrapper, 'ent1', 'Demo@12345')
    expect(wrapper.find('[data-testid="login-error"]').exists()).toBe(false)
    expect(router.currentRoute.value.path).toBe('/enterprises/e-7')
    expect(requests.filter((r) => r === 'GET /api/auth/antiforgery').length).toBeGreaterThanOrEqual(1)
    expect(requests.indexOf('POST /api/auth/login')).toBeLessThan(requests.lastIndexOf('GET /api/auth/antiforgery'))
  })

  it('goes back to the page that asked for sign-in, but never off-site', async () => {
    stubServer({ status: 200, body: me })
    const first = await mountLogin('/login?redirect=/audit')
    await signIn(first.wrapper, 'ent1', 'Demo@12345')
    expect(first.router.currentRoute.value.path).toBe('/audit')

    stubServer({ status: 200, body: me })
    const second = await mountLogin('/login?redirect=//evil.example/x')
    await signIn(second.wrapper, 'ent1', 'Demo@12345')
    expect(second.router.currentRoute.value.path).toBe('/enterprises/e-7')
  })
})
