// Prints one closing line over both test runners ("Tests: N passed, N failed"), from their JSON
// reports, and fails if either report is missing or any test failed.
import { existsSync, readFileSync } from 'node:fs'

const reports = { vitest: 'reports/vitest.json', playwright: 'reports/playwright.json' }
const missing = Object.values(reports).filter((f) => !existsSync(f))
if (missing.length) {
  console.error(`missing test report(s): ${missing.join(', ')}`)
  process.exit(1)
}
const v = JSON.parse(readFileSync(reports.vitest, 'utf8')) as {
  numPassedTests: number
  numFailedTests: number
  numPendingTests: number
}
const p = JSON.parse(readFileSync(reports.playwright, 'utf8')) as {
  stats: { expected: number; unexpected: number; flaky: number; skipped: number }
}
const passed = v.numPassedTests + p.stats.expected + p.stats.flaky
const failed = v.numFailedTests + p.stats.unexpected
const skipped = v.numPendingTests + p.stats.skipped
console.log(`unit ${v.numPassedTests} passed, e2e ${p.stats.expected + p.stats.flaky} passed`)
console.log(`Tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`)
process.exit(failed > 0 || passed === 0 ? 1 : 0)
