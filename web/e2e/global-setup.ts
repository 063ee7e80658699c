// Starts the real Torchbase host (Release build, SQLite in a temp folder, demo data on) for the browser tests,
// and hands its address to the specs as `inject('baseURL')`. Set E2E_BASE_URL to test a host you started yourself.
// Then signs each demo user the specs act as in once, and keeps the cookies (Playwright storage state) for the specs'
// `newPage(browser, user)`; roles.spec drives the sign-in form itself.
import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import { request } from 'playwright-core'
import type { TestProject } from 'vitest/node'
import { startHost } from './host'
import { artifactsDir, SIGNED_IN_USERS, storageStatePath } from './paths'

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string
  }
}

const DEMO_PASSWORD = 'Demo@12345'

/** Signs a user in through the API, as the sign-in page does (antiforgery token first), and saves the cookies. */
async function signIn(baseURL: string, user: (typeof SIGNED_IN_USERS)[number]): Promise<void> {
  const api = await request.newContext({ baseURL })
  try {
    const token = async () => {
      const answer = await api.get('/api/auth/antiforgery')
      if (!answer.ok()) throw new Error(`GET /api/auth/antiforgery answered ${answer.status()}`)
      const cookie = (await api.storageState()).cookies.find((c) => c.name === 'XSRF-TOKEN')
      return decodeURIComponent(cookie?.value ?? '')
    }
    const response = await api.post('/api/auth/login', {
      data: { userName: user, password: DEMO_PASSWORD },
      headers: { 'X-XSRF-TOKEN': await token() },
    })
    if (response.status() !== 200) throw new Error(`Sign-in as ${user} answered ${response.status()}: ${await response.text()}`)
    await token() // the antiforgery token is bound to the user: take the signed-in one, as the page does after signing in
    await api.storageState({ path: storageStatePath(user) })
  } finally {
    await api.dispose()
  }
}

async function signInAll(baseURL: string): Promise<void> {
  mkdirSync(dirname(storageStatePath(SIGNED_IN_USERS[0])), { recursive: true })
  for (const user of SIGNED_IN_USERS) await signIn(baseURL, user)
}

export default async function setup(project: TestProject) {
  mkdirSync(artifactsDir, { recursive: true })
  const external = process.env.E2E_BASE_URL
  if (external) {
    const baseURL = external.replace(/\/$/, '')
    await signInAll(baseURL)
    project.provide('baseURL', baseURL)
    return
  }
  const host = await startHost({ demo: true, logName: 'host.log', folderPrefix: 'torchbase-e2e-' })
  try {
    await signInAll(host.baseURL)
  } catch (error) {
    await host.stop()
    throw error
  }
  project.provide('baseURL', host.baseURL)
  return host.stop
}
