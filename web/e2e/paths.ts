import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** Logs and failure screenshots of the browser tests (git-ignored). */
export const artifactsDir = join(dirname(fileURLToPath(import.meta.url)), '.artifacts')

/** The demo users the specs act as: global-setup signs each in once per run and keeps its cookies. */
export const SIGNED_IN_USERS = [
  'admin', 'leader', 'province', 'bureau', 'park1', 'park2', 'officer1', 'dept1', 'dept2', 'ent1', 'bank1', 'expert1', 'judge1', 'judge2', 'judge3',
] as const
export type SignedInUser = (typeof SIGNED_IN_USERS)[number]

/** A user's signed-in cookies (Playwright storage state), written by global-setup for `browser.newContext({ storageState })`. */
export const storageStatePath = (user: SignedInUser) => join(artifactsDir, 'auth', `${user}.json`)
