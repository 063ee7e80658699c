// Starts the real Torchbase host (Release build, SQLite in a temp folder, demo data on) for the browser tests,
// and hands its address to the specs as `inject('baseURL')`. Set E2E_BASE_URL to test a host you started yourself.
import { spawn, type ChildProcess } from 'node:child_process'
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { TestProject } from 'vitest/node'
import { artifactsDir } from './paths'

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
    project.provide('baseURL', external.replace(/\/$/, ''))
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
