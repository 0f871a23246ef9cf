// The worker thread that makes the programme's PDFs (queue.ts starts it), so that the server's own
// thread keeps answering while Typst lays out a document (about 1 ms of CPU per item). Plain
// JavaScript: nothing to compile or load at run time but the Typst compiler itself.
// Data in: { template, fonts, workspace } at start; then { id, printable } (the printable programme's
// JSON) -> { id, pdf } or { id, error }.
import { parentPort, workerData } from 'node:worker_threads'
import { createTypstCompiler } from './typst-compiler.mjs'

const typst = createTypstCompiler(workerData)

parentPort.on('message', ({ id, printable }) => {
  try {
    const pdf = typst.compile(printable)
    // One copy out of the native buffer, then handed over to the main thread without another.
    const bytes = new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength).slice()
    parentPort.postMessage({ id, pdf: bytes }, [bytes.buffer])
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? error.message : String(error) })
  }
  // After the answer, not before it: the caller does not wait for the cache to be trimmed.
  typst.trim()
})
