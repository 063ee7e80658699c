// Starts the real Torchbase host (Release build, SQLite in a temp folder, demo data on) for the browser tests,
// and hands its address to the specs as `inject('baseURL')`. Set E2E_BASE_URL to test a host you started yourself.
// Then signs each demo user the specs act as in once, and keeps the cookies (Playwright storage state) for the specs'
// `newPage(browser, user)`; roles.spec drives the sign-in form itself.
import { spawn, type ChildProcess } from 'node:child_process'
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { request } from 'playwright-core'
import type { TestProject } from 'vitest/node'
import { artifactsDir, SIGNED_IN_USERS, storageStatePath } from './paths'

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string
  }
}

const here = dirname(fileURLToPath(import.meta.url))
const hostDir = resolve(here, '../../src/Torchbase/bin/Release/net10.0')
const hostDll = join(hostDir, 'Torchbase.dll')
const STARTUP_LIMIT_MS = 120_000

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const server = createServer()
    server.once('error', fail)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => (typeof address === 'object' && address ? ok(address.port) : fail(new Error('no port'))))
    })
  })
}

async function waitUntilHealthy(baseURL: string, host: ChildProcess): Promise<void> {
  const deadline = Date.now() + STARTUP_LIMIT_MS
  let exited: number | null = null
  host.once('exit', (code) => (exited = code ?? -1))
  while (Date.now() < deadline) {
    if (exited !== null) throw new Error(`The host exited with code ${exited} before it was healthy; see e2e/.artifacts/host.log`)
    try {
      const response = await fetch(`${baseURL}/health`, { signal: AbortSignal.timeout(2_000) })
      if (response.status === 200) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`The host did not answer GET /health with 200 within ${STARTUP_LIMIT_MS / 1000} s; see e2e/.artifacts/host.log`)
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

function stop(host: ChildProcess): Promise<void> {
  if (host.exitCode !== null || host.signalCode !== null) return Promise.resolve()
  return new Promise((done) => {
    const killer = setTimeout(() => host.kill('SIGKILL'), 10_000)
    host.once('exit', () => {
      clearTimeout(killer)
      done()
    })
    host.kill('SIGTERM')
  })
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
  if (!existsSync(hostDll)) {
    throw new Error(`${hostDll} not found: build the host first (dotnet build -c Release src/Torchbase), which also builds this SPA into its wwwroot.`)
  }

  const port = await freePort()
  const baseURL = `http://127.0.0.1:${port}`
  const dataDir = mkdtempSync(join(tmpdir(), 'torchbase-e2e-'))
  const log = createWriteStream(join(artifactsDir, 'host.log'))
  const host = spawn('dotnet', [hostDll], {
    cwd: hostDir,
    env: {
      ...process.env,
      ASPNETCORE_URLS: baseURL,
      ASPNETCORE_ENVIRONMENT: 'Production',
      Torchbase__Database__Provider: 'Sqlite',
      ConnectionStrings__Sqlite: `Data Source=${join(dataDir, 'e2e.db')}`,
      Torchbase__Demo__Enabled: 'true',
      // The specs sign in many times from one address: lift the per-minute sign-in limit for them.
      Torchbase__Security__LoginsPerMinute: '10000',
      Torchbase__DataProtection__KeysFolder: join(dataDir, 'keys'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  host.stdout?.pipe(log)
  host.stderr?.pipe(log)

  try {
    await waitUntilHealthy(baseURL, host)
    await signInAll(baseURL)
  } catch (error) {
    await stop(host)
    throw error
  }
  project.provide('baseURL', baseURL)

  return async () => {
    await stop(host)
    log.end()
    rmSync(dataDir, { recursive: true, force: true })
  }
}
