// A worker thread that makes programme PDFs, so that the server's main thread keeps answering
// other requests while react-pdf lays out a document (pool.ts). It runs the same TypeScript
// sources as the application (lib/pdf/render.tsx), loaded through tsx, which the server already
// depends on (npm start runs through it). Messages: { id, programme, meta } -> { id, pdf } | { id, error }.
import { parentPort } from 'node:worker_threads'
import { tsImport } from 'tsx/esm/api'

const { renderProgrammePdf } = await tsImport('./render.tsx', import.meta.url)

parentPort.on('message', async ({ id, programme, meta }) => {
  try {
    const pdf = await renderProgrammePdf(programme, meta)
    // A copy in its own memory, handed over without another copy.
    const bytes = new Uint8Array(pdf)
    parentPort.postMessage({ id, pdf: bytes }, [bytes.buffer])
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? error.stack ?? error.message : String(error) })
  }
})
parentPort.postMessage({ ready: true })
