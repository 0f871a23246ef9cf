// CI's record of `npm test` (scripts/ci-lib.sh's timed_sections): a failing command is a failure,
// under the `set -euo pipefail` of .ci/run, whatever its last line looks like.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '../..')

function run(command: string) {
  const timings = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ci-lib-')), 'timings')
  const script = `set -euo pipefail; source scripts/ci-lib.sh; CI_NODE_LABEL=test; timed_sections "npm test" bash -c '${command}'`
  const result = spawnSync('bash', ['-c', script], { cwd: root, encoding: 'utf8', env: { ...process.env, CI_TIMINGS: timings } })
  return { status: result.status, output: result.stdout, timings: fs.readFileSync(timings, 'utf8') }
}

describe('timed_sections', () => {
  it('records a failing command as failed, its output kept, even after a line without a newline', () => {
    const { status, output, timings } = run('set -e; echo "== lint"; echo clean; echo "== end-to-end"; echo "1 failed"; printf glued; false; echo never')
    expect(status).toBe(1)
    expect(output).toContain('1 failed')
    expect(output).toContain('glued')
    expect(output).not.toContain('never')
    expect(timings).toMatch(/test\tnpm test: lint\t\d+\tok/)
    expect(timings).toMatch(/test\tnpm test: end-to-end\t\d+\tFAILED/)
    expect(timings).toMatch(/test\tnpm test\t\d+\tFAILED \(1\)/)
  })

  it('records a passing command as passed', () => {
    const { status, timings } = run('echo "== lint"; echo fine')
    expect(status).toBe(0)
    expect(timings).toMatch(/test\tnpm test\t\d+\tok/)
  })
})
