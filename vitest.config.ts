import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'

const mainFields = ['module', 'jsnext:main', 'jsnext', 'main']

export default defineConfig({
  plugins: [react()],
  // Without these, Node loads R3F's CommonJS build and a second copy of three.
  resolve: { mainFields },
  ssr: { resolve: { mainFields } },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'tests/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
    server: { deps: { inline: [/@react-three\//] } },
    testTimeout: 30000,
    reporters: ['default', ['json', { outputFile: 'reports/vitest.json' }]],
  },
})
