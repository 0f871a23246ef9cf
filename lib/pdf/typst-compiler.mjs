// The Typst compiler as the PDF uses it, in plain JavaScript so that the worker thread
// (typst-worker.mjs) runs it as it is, with no TypeScript loader at run time; engine.ts uses the same
// code when PDFs are made in the server's own thread.
// One compiler per thread, created on the first document with the fonts it is given (never the
// system's; Typst's own DejaVu Sans Mono only draws U+FFFD), reused for every later one. A document is
// the one template given the printable programme as JSON in sys.inputs: data, never Typst source.
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)

/**
 * Memoised layouts older than this many documents are dropped after each document (`evictCache`, whose
 * age counts evictions and restarts at each reuse). Typst reuses them when the next document holds the
 * same content in the same styles: an edited draft, whose unchanged items are laid out again for free.
 * Measured (scripts/bench/typst-memory.ts, 30 different 200-item drafts one after the other): peak RSS
 * 400 MB with 10, 368 MB with 0; the bench's draft, one title edited: 22 ms of CPU instead of 45.
 */
export const KEEP_LAYOUTS_FOR = 10

/**
 * @param {{ template: string, fonts: Uint8Array[], workspace: string }} setup
 * @returns {{ compile: (printableJson: string) => Uint8Array, trim: () => void }}
 */
export function createTypstCompiler({ template, fonts, workspace }) {
  /** @type {import('@myriaddreamin/typst-ts-node-compiler').NodeCompiler | undefined} */
  let compiler
  return {
    /** Lays out the programme and exports the PDF; call trim() after (once the PDF is sent on). */
    compile(printableJson) {
      if (!compiler) {
        const { NodeCompiler } = require('@myriaddreamin/typst-ts-node-compiler')
        compiler = NodeCompiler.create({ workspace, fontArgs: [{ fontBlobs: fonts.map((font) => Buffer.from(font.buffer, font.byteOffset, font.byteLength)) }] })
      }
      const result = compiler.compile({ mainFileContent: template, inputs: { programme: printableJson } })
      const error = result.takeError()
      const document = result.result
      if (error || !document) {
        const diagnostics = error ? compiler.fetchDiagnostics(error) : []
        throw new Error(`Typst could not lay out the programme: ${JSON.stringify(diagnostics).slice(0, 2000)}`)
      }
      return compiler.pdf(document)
    },
    /** Drops the memoised layouts no document has used in the last KEEP_LAYOUTS_FOR (memory stays bounded). */
    trim() {
      compiler?.evictCache(KEEP_LAYOUTS_FOR)
    },
  }
}
