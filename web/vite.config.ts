/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'

// The host `npm run dev` proxies to; TORCHBASE_API points it elsewhere (e.g. a second host on another port).
const backend = process.env.TORCHBASE_API ?? 'http://127.0.0.1:5080'

export default defineConfig({
  plugins: [vue()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: {
    proxy: Object.fromEntries(['/api', '/health', '/openapi', '/swagger'].map((path) => [path, { target: backend }])),
  },
  build: {
    outDir: '../src/Torchbase/wwwroot',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        // Keep the big, rarely-changing libraries in their own cacheable chunks.
        codeSplitting: {
          groups: [
            { name: 'element-plus', test: /node_modules[\\/](element-plus|@element-plus)[\\/]/ },
            { name: 'echarts', test: /node_modules[\\/](echarts|zrender)[\\/]/ },
            { name: 'vendor', test: /node_modules[\\/]/ },
          ],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.spec.ts'],
    setupFiles: ['./src/test-setup.ts'],
    restoreMocks: true,
    // Element Plus's ESM imports CommonJS async-validator by default export; let Vite handle the interop
    // (as the real build does) or form validation silently passes everything under Node.
    server: { deps: { inline: ['element-plus'] } },
  },
})
