// The command-line checker as a user runs it: a separate process, files on disk, JSON on stdout.
import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
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
  for (const name of ['clean-2026.json', 'clean-2026-v2.json', 'rulebook-v2-2025.json', 'errors-2026.json', 'unknown-field-2026.json', 'warnings-2014.json', 'not-json.json']) {
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

  it('prints each finding with exactly the five documented keys', () => {
    const run = check('errors-2026.json', 'warnings-2014.json', 'rulebook-v2-2025.json')
    const findings = run.report.files.flatMap((file: { findings: object[] }) => file.findings)
    expect(findings.length).toBeGreaterThan(5)
    for (const finding of findings) expect(Object.keys(finding)).toEqual(['rule', 'level', 'message', 'path', 'source'])
  })
})

describe('npm run check, interchange format version 2', () => {
  it('exits 0 for the clean 2026 programme in version 2, alone and beside a version 1 file', () => {
    const run = check('clean-2026-v2.json')
    expect(run.status).toBe(0)
    expect(run.report).toEqual({ files: [{ file: 'clean-2026-v2.json', year: 2026, findings: [] }] })
    const mixed = check('warnings-2014.json', 'clean-2026-v2.json')
    expect(mixed.status).toBe(0)
    expect(mixed.report.files.map((file: { findings: { rule: string }[] }) => file.findings.map((f) => f.rule))).toEqual([['interpretation-hours'], []])
  })

  it('gives a version 1 and a version 2 file of one year both one-per-year', () => {
    const run = check('clean-2026.json', 'clean-2026-v2.json')
    expect(run.status).toBe(1)
    expect(run.report.files.map((file: { findings: { rule: string }[] }) => file.findings.map((f) => f.rule))).toEqual([['one-per-year'], ['one-per-year']])
  })

  it('reports the rules of version 2 of the rulebook, and exits 1 for the empty thematic day', () => {
    const run = check('rulebook-v2-2025.json')
    expect(run.status).toBe(1)
    expect(run.report.files[0].findings).toEqual([
      {
        rule: 'thematic-day-empty',
        level: 'error',
        message: 'The thematic day, Friday 30 May 2025, holds no item of the thematic segment; it is added for a day of thematic discussions.',
        path: 'days[2].items',
        source: '4RC b) "a day of thematic discussions"',
      },
      {
        rule: 'break-overlap',
        level: 'warning',
        message: 'On Wednesday 28 May 2025, "Committee on Article 5 Implementation" (10:30-13:30) runs into the break "Lunch break" (13:00-15:00).',
        path: 'days[0].items[1]',
        source: 'practice',
      },
      {
        rule: 'interpretation-hours',
        level: 'warning',
        message: '"Committee on Article 5 Implementation" on Wednesday 28 May 2025, 10:30-13:30, is not wholly inside an interpreted slot (10:00-13:00 or 15:00-18:00).',
        path: 'days[0].items[1]',
        source: 'UNOG practice',
      },
      {
        rule: 'thematic-item-stray',
        level: 'warning',
        message:
          '"Thematic discussion on the Action Plan" (15:00-18:00) on Wednesday 28 May 2025 is in the thematic segment, but that day is not the thematic day; with a day of thematic discussions added, they are held on it.',
        path: 'days[0].items[3].segment',
        source: '4RC b)',
      },
      {
        rule: 'unog-holiday',
        level: 'warning',
        message: 'Thursday 29 May 2025 is Ascension Day, an official holiday of the United Nations Office at Geneva.',
        path: 'days[1].date',
        source: 'UNOG practice',
      },
    ])
  })

  it('refuses the fields of version 2 in a file that says version 1, naming the version that has them', () => {
    const doc = JSON.parse(readFileSync(path.join(dir, 'clean-2026-v2.json'), 'utf8'))
    writeFileSync(path.join(dir, 'v2-fields-as-v1.json'), JSON.stringify({ ...doc, version: 1 }))
    const run = check('v2-fields-as-v1.json')
    expect(run.status).toBe(1)
    const findings = run.report.files[0].findings as { rule: string; path: string; message: string }[]
    expect(findings.every((f) => f.rule === 'schema')).toBe(true)
    expect(findings.find((f) => f.path === 'days[0].room')?.message).toBe(
      'Unknown field "room" in days[0]: version 1 of the programme format has no such field; it is a field of version 2 (write "version": 2 to use it).',
    )
  })

  it('refuses an unknown version, and a file beyond the limits the editor has', () => {
    const doc = JSON.parse(readFileSync(path.join(dir, 'clean-2026.json'), 'utf8'))
    writeFileSync(path.join(dir, 'version-3.json'), JSON.stringify({ ...doc, version: 3 }))
    expect(check('version-3.json').report.files[0].findings.map((f: { path: string; message: string }) => [f.path, f.message])).toEqual([
      ['version', 'The field version must be one of 1, 2, but it is the number 3.'],
    ])
    writeFileSync(path.join(dir, 'year-99999.json'), JSON.stringify({ ...doc, year: 99999 }))
    const run = check('year-99999.json')
    expect(run.status).toBe(1)
    expect(run.report.files[0]).toMatchObject({ year: 99999, findings: [{ rule: 'schema', path: 'year', message: 'The field year must be at most 2100, but it is the number 99999.' }] })
  })
})

describe('npm run check, on programmes built to hurt', () => {
  const sameTime = (count: number) => {
    const doc = JSON.parse(readFileSync(path.join(FIXTURES, 'clean-2026.json'), 'utf8'))
    doc.days[0].items = Array.from({ length: count }, (_, i) => ({ start: '10:00', end: '11:00', title: `Item ${i + 1}` }))
    return doc
  }

  it('refuses 600 items at 10:00-11:00 on one day as too many for a day, at once', () => {
    writeFileSync(path.join(dir, 'six-hundred.json'), JSON.stringify(sameTime(600)))
    const run = check('six-hundred.json')
    expect(run.status).toBe(1)
    expect(run.report.files[0].findings).toEqual([
      { rule: 'schema', level: 'error', message: 'The field days[0].items must hold at most 200 entries, but it has 600.', path: 'days[0].items', source: '-' },
    ])
  })

  it('lists at most 1000 findings of a rule, and says on standard error how many more there are', () => {
    writeFileSync(path.join(dir, 'two-hundred.json'), JSON.stringify(sameTime(200)))
    const run = check('two-hundred.json')
    expect(run.status).toBe(1)
    const overlaps = run.report.files[0].findings.filter((f: { rule: string }) => f.rule === 'item-overlap')
    expect(overlaps).toHaveLength(1000)
    // 200 items at once overlap in 19,900 pairs.
    expect(run.stderr).toContain('two-hundred.json: 18900 more item-overlap findings not listed (at most 1000 of each rule are).')
    const limited = check('--limit=10', 'two-hundred.json')
    expect(limited.report.files[0].findings.filter((f: { rule: string }) => f.rule === 'item-overlap')).toHaveLength(10)
    expect(limited.stderr).toContain('19890 more item-overlap findings')
  })
})

