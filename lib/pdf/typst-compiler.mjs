// The Typst compiler as the PDF uses it, in plain JavaScript so that the worker thread
// (typst-worker.mjs) runs it as it is, with no TypeScript loader at run time; engine.ts uses the same
// code when PDFs are made in the server's own thread.
// One compiler per thread, created on the first document with the fonts it is given (never the
// system's; Typst's own DejaVu Sans Mono only draws U+FFFD), reused for every later one. A document is
// the one template given the printable programme as JSON in sys.inputs: data, never Typst source.
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)

/**
 * @param {{ template: string, fonts: Uint8Array[], workspace: string }} setup
 * @returns {{ compile: (printableJson: string) => Uint8Array }}
 */
export function createTypstCompiler({ template, fonts, workspace }) {
  /** @type {import('@myriaddreamin/typst-ts-node-compiler').NodeCompiler | undefined} */
  let compiler
  return {
    compile(printableJson) {
      if (!compiler) {
        const { NodeCompiler } = require('@myriaddreamin/typst-ts-node-compiler')
        compiler = NodeCompiler.create({ workspace, fontArgs: [{ fontBlobs: fonts.map((font) => Buffer.from(font.buffer, font.byteOffset, font.byteLength)) }] })
      }
      const result = compiler.compile({ mainFileContent: template, inputs: { programme: printableJson } })
      try {
        const error = result.takeError()
        const document = result.result
        if (error || !document) {
          const diagnostics = error ? compiler.fetchDiagnostics(error) : []
          throw new Error(`Typst could not lay out the programme: ${JSON.stringify(diagnostics).slice(0, 2000)}`)
        }
        return compiler.pdf(document)
      } finally {
        // Typst's memoised layouts of earlier documents: dropped after each one. Measured on a
        // 200-item draft: the same time per document, and 210 MB of RSS instead of 335 MB.
        compiler.evictCache(0)
      }
    },
  }
}
