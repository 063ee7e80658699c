import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** Logs and failure screenshots of the browser tests (git-ignored). */
export const artifactsDir = join(dirname(fileURLToPath(import.meta.url)), '.artifacts')
