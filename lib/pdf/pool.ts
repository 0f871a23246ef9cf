// PDFs made off the main thread. react-pdf lays a document out in one long synchronous stretch
// (a few hundred milliseconds for a full programme): on the server's main thread that would hold up
// every other request meanwhile. A small pool of worker threads (render-worker.mjs) does the work
// instead; the main thread only waits. Without the worker (its file or tsx missing, or
// PDF_WORKERS=0) the PDF is made in the process, as before.
import os from 'node:os'
import path from 'node:path'
import { Worker } from 'node:worker_threads'
import type { Programme } from '@/lib/programme'
import type { ProgrammePdfMeta } from './render'

/** A document that takes longer than this is abandoned and its worker replaced. */
const RENDER_TIMEOUT_MS = 60_000

type Task = { id: number; programme: Programme; meta: ProgrammePdfMeta; resolve: (pdf: Buffer) => void; reject: (error: Error) => void }
type Slot = { worker: Worker; ready: boolean; task: Task | null; timer: NodeJS.Timeout | null }
type Reply = { ready: true } | { id: number; pdf: Uint8Array } | { id: number; error: string }

/** Threads in the pool: PDF_WORKERS, else one less than the machine's cores (1 or 2). */
export function poolSize(): number {
  const asked = process.env.PDF_WORKERS
  if (asked !== undefined && /^\d+$/.test(asked)) return Number(asked)
  return Math.max(1, Math.min(2, os.availableParallelism() - 1))
}

const workerFile = () => path.join(/*turbopackIgnore: true*/ process.cwd(), 'lib/pdf/render-worker.mjs')

const slots: Slot[] = []
const queue: Task[] = []
let nextId = 1
let unavailable = false

function startWorker(): Slot | null {
  let worker: Worker
  try {
    worker = new Worker(/*turbopackIgnore: true*/ workerFile())
  } catch (error) {
    unavailable = true
    console.error('PDF worker could not start; PDFs are made on the main thread', error)
    return null
  }
  const slot: Slot = { worker, ready: false, task: null, timer: null }
  worker.unref()
  worker.on('message', (reply: Reply) => {
    if ('ready' in reply) {
      slot.ready = true
      dispatch()
      return
    }
    const task = slot.task
    if (!task || task.id !== reply.id) return
    finish(slot)
    if ('error' in reply) task.reject(new Error(`PDF worker: ${reply.error}`))
    else task.resolve(Buffer.from(reply.pdf.buffer, reply.pdf.byteOffset, reply.pdf.byteLength))
    dispatch()
  })
  const fail = (error: Error) => {
    const index = slots.indexOf(slot)
    if (index >= 0) slots.splice(index, 1)
    const task = slot.task
    finish(slot)
    if (task) task.reject(error)
    else if (!slot.ready && slots.every((s) => !s.ready)) {
      // The worker could not even load: make the queued PDFs here, and stop trying.
      unavailable = true
      console.error('PDF worker failed to load; PDFs are made on the main thread', error)
      for (const waiting of queue.splice(0)) renderHere(waiting)
    }
    dispatch()
  }
  worker.on('error', fail)
  worker.on('exit', (code) => {
    if (slots.includes(slot)) fail(new Error(`PDF worker stopped (exit code ${code})`))
  })
  slots.push(slot)
  return slot
}

function finish(slot: Slot) {
  if (slot.timer) clearTimeout(slot.timer)
  slot.timer = null
  slot.task = null
  slot.worker.unref()
}

// Loaded only when needed: a page that merely warms the pool does not load react-pdf.
const renderHereNow = async (programme: Programme, meta: ProgrammePdfMeta) => (await import('./render')).renderProgrammePdf(programme, meta)

function renderHere(task: Task) {
  renderHereNow(task.programme, task.meta).then(task.resolve, task.reject)
}

function dispatch() {
  while (queue.length) {
    if (unavailable) {
      renderHere(queue.shift()!)
      continue
    }
    const idle = slots.find((s) => s.ready && !s.task)
    if (!idle) {
      if (slots.length < poolSize() && startWorker()) continue
      return // every worker busy or still loading: the queue waits
    }
    const task = queue.shift()!
    idle.task = task
    idle.worker.ref() // a PDF in progress keeps the process alive
    idle.timer = setTimeout(() => {
      void idle.worker.terminate()
      const index = slots.indexOf(idle)
      if (index >= 0) slots.splice(index, 1)
      finish(idle)
      task.reject(new Error(`PDF not made within ${RENDER_TIMEOUT_MS / 1000} s`))
      dispatch()
    }, RENDER_TIMEOUT_MS)
    idle.worker.postMessage({ id: task.id, programme: task.programme, meta: task.meta })
  }
}

/** renderProgrammePdf, in a worker thread when one can run. */
export function renderProgrammePdfOffThread(programme: Programme, meta: ProgrammePdfMeta): Promise<Buffer> {
  if (unavailable || poolSize() === 0) return renderHereNow(programme, meta)
  return new Promise<Buffer>((resolve, reject) => {
    queue.push({ id: nextId++, programme, meta, resolve, reject })
    dispatch()
  })
}

/**
 * Starts the pool ahead of the first PDF (loading a worker takes a second or two): called by pages
 * that offer a download, so that the worker is ready when the reader clicks.
 */
export function warmPdfWorkers(): void {
  if (unavailable || poolSize() === 0) return
  while (slots.length < poolSize()) if (!startWorker()) return
}

/** Stops the workers (tests, scripts). */
export async function closePdfWorkers(): Promise<void> {
  const stopping = slots.splice(0).map((slot) => slot.worker.terminate())
  await Promise.all(stopping)
}
