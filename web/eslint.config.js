// ESLint for the web app: JavaScript's and TypeScript's recommended rules and Vue's essential ones (mistakes, not layout).
// Run with `npm run lint`, which also type-checks with vue-tsc; scripts/test.sh runs it before the unit tests.
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import vue from 'eslint-plugin-vue'
import globals from 'globals'

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'e2e/.artifacts/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...vue.configs['flat/essential'],
  {
    files: ['**/*.{ts,vue}'],
    languageOptions: {
      ecmaVersion: 'latest',
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.vue'] },
    },
    rules: {
      // Unused names are errors, except those marked unused on purpose with a leading underscore.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      // Pages are named by route (DashboardPage), so one-word names like App are fine.
      'vue/multi-word-component-names': 'off',
      'vue/no-unused-vars': 'error',
      'vue/eqeqeq': ['error', 'always', { null: 'ignore' }],
      'eqeqeq': ['error', 'always', { null: 'ignore' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
)
