// The real Torchbase host as its own process (Release build, SQLite in a temp folder): the shared host of every spec
// (global-setup, demo on) and the empty ones a spec starts for itself (golive.spec, demo off). Also its command line.
import { spawn, type ChildProcess } from 'node:child_process'
import { createWriteStream, existsSync, mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { artifactsDir } from './paths'

const here = dirname(fileURLToPath(import.meta.url))
export const hostDir = resolve(here, '../../src/Torchbase/bin/Release/net10.0')
export const hostDll = join(hostDir, 'Torchbase.dll')
const STARTUP_LIMIT_MS = 120_000

export function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const server = createServer()
    server.once('error', fail)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => (typeof address === 'object' && address ? ok(address.port) : fail(new Error('no port'))))
    })
  })
}

/** Polls GET /health until it answers 200; fails early when the host exits. `logName` is the log to read then. */
export async function waitUntilHealthy(baseURL: string, host: ChildProcess, logName = 'host.log'): Promise<void> {
  const deadline = Date.now() + STARTUP_LIMIT_MS
  let exited: number | null = null
  host.once('exit', (code) => (exited = code ?? -1))
  while (Date.now() < deadline) {
    if (exited !== null) throw new Error(`The host exited with code ${exited} before it was healthy; see e2e/.artifacts/${logName}`)
    try {
      const response = await fetch(`${baseURL}/health`, { signal: AbortSignal.timeout(2_000) })
      if (response.status === 200) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`The host did not answer GET /health with 200 within ${STARTUP_LIMIT_MS / 1000} s; see e2e/.artifacts/${logName}`)
}

/** SIGTERM, then SIGKILL after 10 s. */
export function stopHost(host: ChildProcess): Promise<void> {
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

export interface RunningHost {
  baseURL: string
  /** The temp folder of its database and keys (deleted by `stop`). */
  dataDir: string
  /** The environment it runs with: the command line must be given the same (same database, same keys). */
  env: NodeJS.ProcessEnv
  process: ChildProcess
  /** Stops it and deletes its folder. */
  stop: () => Promise<void>
}

export function assertHostBuilt(): void {
  if (!existsSync(hostDll)) {
    throw new Error(`${hostDll} not found: build the host first (dotnet build -c Release src/Torchbase), which also builds this SPA into its wwwroot.`)
  }
}

/** Starts a host on a free port, on a new SQLite database in a temp folder, and waits until it is healthy. */
export async function startHost(options: { demo: boolean; logName: string; folderPrefix: string }): Promise<RunningHost> {
  assertHostBuilt()
  const port = await freePort()
  const baseURL = `http://127.0.0.1:${port}`
  const dataDir = mkdtempSync(join(tmpdir(), options.folderPrefix))
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ASPNETCORE_URLS: baseURL,
    ASPNETCORE_ENVIRONMENT: 'Production',
    Torchbase__Database__Provider: 'Sqlite',
    ConnectionStrings__Sqlite: `Data Source=${join(dataDir, 'e2e.db')}`,
    Torchbase__Demo__Enabled: options.demo ? 'true' : 'false',
    // The specs sign in many times from one address: lift the per-minute sign-in limit for them.
    Torchbase__Security__LoginsPerMinute: '10000',
    Torchbase__DataProtection__KeysFolder: join(dataDir, 'keys'),
  }
  const log = createWriteStream(join(artifactsDir, options.logName))
  const host = spawn('dotnet', [hostDll], { cwd: hostDir, env, stdio: ['ignore', 'pipe', 'pipe'] })
  host.stdout?.pipe(log)
  host.stderr?.pipe(log)
  const stop = async () => {
    await stopHost(host)
    log.end()
    rmSync(dataDir, { recursive: true, force: true })
  }
  try {
    await waitUntilHealthy(baseURL, host, options.logName)
  } catch (error) {
    await stop()
    throw error
  }
  return { baseURL, dataDir, env, process: host, stop }
}

export interface CommandResult {
  code: number | null
  stdout: string
  stderr: string
}

/** Runs `dotnet Torchbase.dll <args>` with the given environment, writing `input` to its standard input. */
export function runHostCommand(env: NodeJS.ProcessEnv, args: string[], input: string): Promise<CommandResult> {
  return new Promise((done, fail) => {
    const command = spawn('dotnet', [hostDll, ...args], { cwd: hostDir, env, stdio: ['pipe', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    command.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    command.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    command.once('error', fail)
    command.once('close', (code) => done({ code, stdout, stderr }))
    command.stdin.end(input)
  })
}
