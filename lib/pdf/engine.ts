// What the Typst compiler needs, read once per process: the template (programme.typ) and the fonts.
// queue.ts gives it to the worker thread; with PDF_WORKERS=0 the compiler runs in this thread instead.
import fs from 'node:fs'
import path from 'node:path'
import { pdfFonts } from './fonts'
import { createTypstCompiler } from './typst-compiler.mjs'

export type TypstSetup = { template: string; fonts: Uint8Array[]; workspace: string }

const pdfDirectory = () => path.join(/*turbopackIgnore: true*/ process.cwd(), 'lib/pdf')

let setup: TypstSetup | undefined

/** The template and fonts, read on the first PDF. Throws naming a missing file. */
export function typstSetup(): TypstSetup {
  setup ??= { template: fs.readFileSync(path.join(pdfDirectory(), 'programme.typ'), 'utf8'), fonts: pdfFonts().blobs, workspace: pdfDirectory() }
  return setup
}

/** The worker thread's file: plain JavaScript, run as it is. */
export const workerFile = () => path.join(pdfDirectory(), 'typst-worker.mjs')

let here: ReturnType<typeof createTypstCompiler> | undefined

/** Compiles in this thread (PDF_WORKERS=0, or when no worker thread can start): blocks it meanwhile. */
export function compileHere(printableJson: string): Buffer {
  const typst = (here ??= createTypstCompiler(typstSetup()))
  try {
    const pdf = typst.compile(printableJson)
    return Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength)
  } finally {
    typst.trim()
  }
}
