import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vitest/config'

// Browser tests against the real host (see e2e/global-setup.ts). Run `npm run build` and build the
// back end in Release first; the host serves the SPA from its wwwroot.
export default defineConfig({
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  test: {
    include: ['e2e/**/*.spec.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 180_000,
    globalSetup: './e2e/global-setup.ts',
  },
})
