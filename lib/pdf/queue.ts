// Where and in what order PDFs are made. Typst lays a document out in one synchronous stretch (about
// 1 ms of CPU per item: 150 ms or more for a 200-item draft on this 2-core machine), too long for the
// server's own thread, so one worker thread (typst-worker.mjs, plain JavaScript) makes them, one at a
// time, with one compiler created on its first document.
// - Releases first: a release's PDF (approved or published) is made before any waiting draft, and is
//   then kept (cache.ts), so a published PDF never waits behind drafts; at most behind the one draft
//   already being made, and that one is bounded in size (render.ts) and in time.
// - A draft is limited in time (PDF_DRAFT_TIMEOUT_MS, 8 s) and in how many may wait (PDF_DRAFTS_WAITING,
//   6); past either, the caller gets a PdfLimitError with a code the route turns into 503 and a sentence.
//   A document over its time is abandoned: its worker is stopped and a new one takes the queue.
// PDF_WORKERS=0 makes PDFs in the server's own thread instead (blocking it meanwhile).
import { Worker } from 'node:worker_threads'
import { compileHere, typstSetup, workerFile } from './engine'

export type PdfLane = 'release' | 'draft'

export type PdfErrorCode = 'pdf.tooLarge' | 'pdf.timeout' | 'pdf.busy'

/** A PDF refused or abandoned on purpose: a code and its parameters; the edge says it in words (labels.ts). */
export class PdfLimitError extends Error {
  constructor(
    readonly code: PdfErrorCode,
    readonly params: Record<string, number>,
  ) {
    super(`${code} ${JSON.stringify(params)}`)
    this.name = 'PdfLimitError'
  }
}

const setting = (name: string, fallback: number) => {
  const value = Number(process.env[name])
  return Number.isFinite(value) && value >= 0 ? value : fallback
}

/** The limits in force (environment variables, read at each request). */
export const pdfLimits = () => ({
  /** Items, breaks, side events and sub-items of a draft. */
  draftEntries: setting('PDF_DRAFT_MAX_ENTRIES', 400),
  draftTimeoutMs: setting('PDF_DRAFT_TIMEOUT_MS', 8_000),
  releaseTimeoutMs: setting('PDF_RELEASE_TIMEOUT_MS', 60_000),
  draftsWaiting: setting('PDF_DRAFTS_WAITING', 6),
})

const inThisThread = () => process.env.PDF_WORKERS === '0'

type Job = { id: number; lane: PdfLane; printable: string; resolve: (pdf: Buffer) => void; reject: (error: Error) => void }
type Thread = { worker: Worker; job: Job | null; timer: NodeJS.Timeout | null }
type Reply = { id: number; pdf: Uint8Array } | { id: number; error: string }

const waiting: Record<PdfLane, Job[]> = { release: [], draft: [] }
let thread: Thread | null = null
let noWorker = false
let nextId = 1

function startThread(): Thread | null {
  let worker: Worker
  try {
    worker = new Worker(/*turbopackIgnore: true*/ workerFile(), { workerData: typstSetup() })
  } catch (error) {
    noWorker = true
    console.error('The PDF worker could not start; PDFs are made in the server thread', error)
    return null
  }
  const started: Thread = { worker, job: null, timer: null }
  worker.unref() // an idle worker does not keep the process alive
  worker.on('message', (reply: Reply) => {
    const job = started.job
    if (!job || job.id !== reply.id) return
    finish(started)
    if ('error' in reply) job.reject(new Error(`PDF worker: ${reply.error}`))
    else job.resolve(Buffer.from(reply.pdf.buffer, reply.pdf.byteOffset, reply.pdf.byteLength))
    dispatch()
  })
  const fail = (error: Error) => {
    if (thread !== started) return
    thread = null
    const job = started.job
    finish(started)
    job?.reject(error)
    dispatch()
  }
  worker.on('error', fail)
  worker.on('exit', (code) => fail(new Error(`PDF worker stopped (exit code ${code})`)))
  return started
}

function finish(done: Thread) {
  if (done.timer) clearTimeout(done.timer)
  done.timer = null
  done.job = null
  done.worker.unref()
}

function runHere(job: Job) {
  try {
    job.resolve(compileHere(job.printable))
  } catch (error) {
    job.reject(error instanceof Error ? error : new Error(String(error)))
  }
}

// An idle worker holds the Typst compiler and its fonts (tens of MB): it is stopped after
// PDF_WORKER_IDLE_MS (30 s) without a document, and started again by the next one (issue 18: a
// release's PDF is made once and kept, so most servers need the compiler rarely).
let idleTimer: NodeJS.Timeout | null = null

function stopWhenIdle() {
  if (idleTimer) clearTimeout(idleTimer)
  idleTimer = null
  const idle = thread
  if (!idle || idle.job || waiting.release.length || waiting.draft.length) return
  idleTimer = setTimeout(() => {
    idleTimer = null
    if (thread !== idle || idle.job) return
    thread = null
    void idle.worker.terminate()
  }, setting('PDF_WORKER_IDLE_MS', 30_000))
  idleTimer.unref()
}

function dispatch() {
  dispatchJobs()
  stopWhenIdle()
}

function dispatchJobs() {
  while (waiting.release.length || waiting.draft.length) {
    if (noWorker) {
      runHere((waiting.release.shift() ?? waiting.draft.shift())!)
      continue
    }
    thread ??= startThread()
    if (!thread) continue // could not start: made here from now on
    if (thread.job) return // one document at a time; the next waits
    const job = (waiting.release.shift() ?? waiting.draft.shift())!
    const busy = thread
    busy.job = job
    busy.worker.ref() // a document in progress keeps the process alive
    const limits = pdfLimits()
    const limitMs = job.lane === 'draft' ? limits.draftTimeoutMs : limits.releaseTimeoutMs
    busy.timer = setTimeout(() => {
      // Typst cannot be interrupted: the worker finishes in the background and is then dropped.
      if (thread === busy) thread = null
      finish(busy)
      void busy.worker.terminate()
      job.reject(new PdfLimitError('pdf.timeout', { seconds: Math.ceil(limitMs / 1000) }))
      dispatch()
    }, limitMs)
    busy.worker.postMessage({ id: job.id, printable: job.printable })
  }
}

/** Makes a PDF from the printable programme's JSON in its lane: releases before drafts. */
export function runPdfJob(lane: PdfLane, printable: string): Promise<Buffer> {
  if (inThisThread()) return Promise.resolve().then(() => compileHere(printable))
  if (lane === 'draft' && waiting.draft.length >= pdfLimits().draftsWaiting) {
    return Promise.reject(new PdfLimitError('pdf.busy', { waiting: waiting.draft.length }))
  }
  return new Promise<Buffer>((resolve, reject) => {
    waiting[lane].push({ id: nextId++, lane, printable, resolve, reject })
    dispatch()
  })
}

/** Whether a worker is running now (its compiler held in memory). */
export const pdfWorkerRunning = () => thread !== null

/** Stops the worker (tests, scripts); the next PDF starts a new one. */
export async function closePdfWorkers(): Promise<void> {
  const stopping = thread
  thread = null
  if (stopping) {
    const job = stopping.job
    finish(stopping)
    job?.reject(new Error('PDF worker stopped'))
    await stopping.worker.terminate()
  }
}
