// The command-line checker as a user runs it: a separate process, files on disk, JSON on stdout.
import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const ROOT = path.resolve(__dirname, '../..')
const FIXTURES = path.join(ROOT, 'tests/fixtures/programmes')
const TSX = path.join(ROOT, 'node_modules/.bin/tsx')
const SCRIPT = path.join(ROOT, 'scripts/check.ts')

let dir = ''

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'programme-check-'))
  for (const name of ['clean-2026.json', 'errors-2026.json', 'unknown-field-2026.json', 'warnings-2014.json', 'not-json.json']) {
    copyFileSync(path.join(FIXTURES, name), path.join(dir, name))
  }
})

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true })
})

/** Runs the checker in the temporary folder, so the files are named as a user would name them. */
function check(...files: string[]) {
  const run = spawnSync(TSX, [SCRIPT, ...files], { cwd: dir, encoding: 'utf8' })
  return { status: run.status, stdout: run.stdout, stderr: run.stderr, report: run.stdout ? JSON.parse(run.stdout) : undefined }
}

describe('npm run check', () => {
  it('exits 0 for a clean programme, with exactly the documented JSON', () => {
    const run = check('clean-2026.json')
    expect(run.status).toBe(0)
    expect(run.report).toEqual({ files: [{ file: 'clean-2026.json', year: 2026, findings: [] }] })
    expect(Object.keys(run.report.files[0])).toEqual(['file', 'year', 'findings'])
  })

  it('exits 0 for warnings only', () => {
    const run = check('warnings-2014.json')
    expect(run.status).toBe(0)
    expect(run.report.files[0].findings.map((f: { rule: string; level: string }) => `${f.level} ${f.rule}`)).toEqual(['warning interpretation-hours'])
  })

  it('exits 1 for an error finding, with the finding in full', () => {
    const run = check('errors-2026.json')
    expect(run.status).toBe(1)
    expect(run.report).toEqual({
      files: [
        {
          file: 'errors-2026.json',
          year: 2026,
          findings: [
            {
              rule: 'item-overlap',
              level: 'error',
              message:
                'On Tuesday 16 June 2026, "Opening of the Intersessional Meetings" (10:00-11:00) and "Committee on Article 5 Implementation" (10:30-13:00) overlap.',
              path: 'days[0].items[1].start',
              source: '-',
            },
          ],
        },
      ],
    })
  })

  it('exits 1 for an unknown field, naming it in a schema finding', () => {
    const run = check('unknown-field-2026.json')
    expect(run.status).toBe(1)
    const [finding, ...others] = run.report.files[0].findings
    expect(others).toEqual([])
    expect(finding).toMatchObject({ rule: 'schema', level: 'error', path: 'days[0].items[0].colour', source: '-' })
    expect(finding.message).toContain('"colour"')
    expect(run.report.files[0].year).toBe(2026)
  })

  it('gives the year of a document that fails the schema only when it is an integer', () => {
    writeFileSync(path.join(dir, 'year-as-text.json'), JSON.stringify({ version: 1, year: '2026' }))
    const run = check('year-as-text.json')
    expect(run.status).toBe(1)
    expect(run.report.files[0].year).toBeNull()
    expect(run.report.files[0].findings.length).toBeGreaterThan(0)
  })

  it('exits 2 for a file that cannot be read, listing it with year null and the reason', () => {
    const run = check('missing.json')
    expect(run.status).toBe(2)
    expect(run.report.files).toEqual([{ file: 'missing.json', year: null, findings: [], error: expect.stringMatching(/cannot read/) }])
    mkdirSync(path.join(dir, 'folder.json'), { recursive: true })
    const folder = check('folder.json')
    expect(folder.status).toBe(2)
    expect(folder.report.files[0]).toMatchObject({ file: 'folder.json', year: null, findings: [], error: expect.any(String) })
  })

  it('exits 2 for a file that is not JSON', () => {
    const run = check('not-json.json')
    expect(run.status).toBe(2)
    expect(run.report.files).toEqual([{ file: 'not-json.json', year: null, findings: [], error: expect.stringMatching(/^not JSON/) }])
  })

  it('exits 2 over 1 when files are mixed, and still checks the readable ones', () => {
    const run = check('errors-2026.json', 'not-json.json', 'clean-2026.json')
    expect(run.status).toBe(2)
    expect(run.report.files.map((file: { file: string }) => file.file)).toEqual(['errors-2026.json', 'not-json.json', 'clean-2026.json'])
    expect(run.report.files[0].findings.map((f: { rule: string }) => f.rule)).toEqual(['one-per-year', 'item-overlap'])
    expect(run.report.files[1].error).toMatch(/^not JSON/)
    expect(run.report.files[2].findings.map((f: { rule: string }) => f.rule)).toEqual(['one-per-year'])
  })

  it('checks several files as one collection: two programmes of one year both get one-per-year', () => {
    copyFileSync(path.join(dir, 'clean-2026.json'), path.join(dir, 'copy-2026.json'))
    const run = check('clean-2026.json', 'copy-2026.json')
    expect(run.status).toBe(1)
    for (const file of run.report.files) {
      expect(file.findings).toEqual([
        {
          rule: 'one-per-year',
          level: 'error',
          message: 'Another programme in this collection is also for 2026; there is one programme of Intersessional Meetings each year.',
          path: 'year',
          source: '3RC "each year"',
        },
      ])
    }
    expect(check('clean-2026.json', 'warnings-2014.json').status).toBe(0)
  })

  it('names each file as given on the command line', () => {
    const run = check('./clean-2026.json', path.join(dir, 'clean-2026.json'))
    expect(run.report.files.map((file: { file: string }) => file.file)).toEqual(['./clean-2026.json', path.join(dir, 'clean-2026.json')])
  })

  it('prints its usage on stderr and exits 2 without arguments', () => {
    const run = check()
    expect(run.status).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr).toMatch(/Usage: npm run check -- FILE\.json/)
  })
})
