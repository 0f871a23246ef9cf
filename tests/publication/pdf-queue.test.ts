// The PDF queue (lib/pdf/queue.ts): releases never wait behind drafts, and a draft is bounded in
// size, in time and in how many may wait, each refusal a code with its parameters and a sentence.
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import { closePdfWorkers, pdfErrorMessage, pdfWorkerRunning, pdfErrorStatus, PdfLimitError, renderProgrammePdf, type ProgrammePdfMeta } from '@/lib/pdf'
import { annotatedProgramme, largeProgramme, smallProgramme } from './fixtures'

const meta = (changes: Partial<ProgrammePdfMeta> = {}): ProgrammePdfMeta => ({ symbol: '', revision: 0, status: 'draft', issuedOn: '2026-05-04', locale: 'en', printedAt: '2026-06-01T12:30:00Z', ...changes })
const LIMITS = ['PDF_DRAFT_MAX_ENTRIES', 'PDF_DRAFT_TIMEOUT_MS', 'PDF_DRAFTS_WAITING', 'PDF_WORKER_IDLE_MS'] as const

afterEach(() => {
  for (const name of LIMITS) delete process.env[name]
})
afterAll(() => closePdfWorkers())

describe('the PDF queue', () => {
  it('stops an idle worker, which holds the compiler in memory, and starts another for the next document', async () => {
    process.env.PDF_WORKER_IDLE_MS = '100'
    expect((await renderProgrammePdf(smallProgramme(), meta())).subarray(0, 5).toString('latin1')).toBe('%PDF-')
    expect(pdfWorkerRunning()).toBe(true)
    await new Promise((resolve) => setTimeout(resolve, 400))
    expect(pdfWorkerRunning()).toBe(false)
    expect((await renderProgrammePdf(smallProgramme(), meta())).subarray(0, 5).toString('latin1')).toBe('%PDF-')
  })

  it('makes a release before the drafts that were waiting when it came', async () => {
    const finished: string[] = []
    const draft = largeProgramme({ days: 3, itemsPerDay: 30 })
    const drafts = [1, 2, 3, 4].map((n) => renderProgrammePdf(draft, meta()).then(() => finished.push(`draft ${n}`)))
    const release = renderProgrammePdf(smallProgramme(), meta({ status: 'published' })).then(() => finished.push('release'))
    await Promise.all([...drafts, release])
    // Draft 1 was already being made; the release comes next, before drafts 2, 3 and 4.
    expect(finished).toEqual(['draft 1', 'release', 'draft 2', 'draft 3', 'draft 4'])
  })

  it('refuses a draft larger than the limit before any work, with its size; a release of that size is made', async () => {
    process.env.PDF_DRAFT_MAX_ENTRIES = '10'
    const programme = annotatedProgramme() // 15 items (breaks and side event included) and 4 sub-items
    const refusal = await renderProgrammePdf(programme, meta()).catch((error: unknown) => error)
    expect(refusal).toBeInstanceOf(PdfLimitError)
    expect(refusal).toMatchObject({ code: 'pdf.tooLarge', params: { entries: 19, limit: 10 } })
    expect(pdfErrorStatus(refusal as PdfLimitError)).toBe(413)
    expect(pdfErrorMessage(refusal as PdfLimitError, 'en')).toBe('This draft has 19 items and sub-items; a draft’s PDF is made for at most 10. Remove or merge items, or download the programme as data (.json).')
    expect(pdfErrorMessage(refusal as PdfLimitError, 'fr')).toContain('Ce projet compte 19 points et sous-points')
    const release = await renderProgrammePdf(programme, meta({ status: 'published' }))
    expect(release.subarray(0, 5).toString('latin1')).toBe('%PDF-')
  })

  it('abandons a draft that takes longer than its time, and goes on with the next document', async () => {
    process.env.PDF_DRAFT_TIMEOUT_MS = '1'
    const refusal = await renderProgrammePdf(largeProgramme({ days: 4, itemsPerDay: 40 }), meta()).catch((error: unknown) => error)
    expect(refusal).toMatchObject({ code: 'pdf.timeout', params: { seconds: 1 } })
    expect(pdfErrorStatus(refusal as PdfLimitError)).toBe(503)
    expect(pdfErrorMessage(refusal as PdfLimitError, 'es')).toBe('El PDF de este borrador no estaba listo tras 1 segundos y se detuvo. Vuelva a intentarlo en un momento.')
    delete process.env.PDF_DRAFT_TIMEOUT_MS
    expect((await renderProgrammePdf(smallProgramme(), meta({ status: 'published' }))).subarray(0, 5).toString('latin1')).toBe('%PDF-')
    expect((await renderProgrammePdf(smallProgramme(), meta())).subarray(0, 5).toString('latin1')).toBe('%PDF-')
  })

  it('refuses a draft when too many are already waiting: "try again in a few seconds"', async () => {
    process.env.PDF_DRAFTS_WAITING = '1'
    const programme = largeProgramme({ days: 2, itemsPerDay: 30 })
    const results = await Promise.allSettled([1, 2, 3].map(() => renderProgrammePdf(programme, meta())))
    // The first is made at once, the second waits, the third is refused.
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'rejected'])
    const refusal = (results[2] as PromiseRejectedResult).reason as PdfLimitError
    expect(refusal.code).toBe('pdf.busy')
    expect(pdfErrorMessage(refusal, 'en')).toBe('The server is making the PDFs of other drafts. Try again in a few seconds.')
    expect(pdfErrorMessage(refusal, 'ar')).toContain('يُرجى المحاولة مجددًا')
    // A release is never refused for the drafts that wait.
    const [, release] = await Promise.all([renderProgrammePdf(programme, meta()), renderProgrammePdf(programme, meta({ status: 'approved' })), renderProgrammePdf(programme, meta()).catch(() => null)])
    expect(release.subarray(0, 5).toString('latin1')).toBe('%PDF-')
  })
})
