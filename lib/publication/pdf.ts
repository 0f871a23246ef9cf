// The PDF of the working copy as the members' route hands it out (a release's is release-files.ts): final revisions kept by programme, revision,
// status, last change and language (without even reading the days); drafts kept by the hash of
// what they print, so that a draft is made again only after it changed. Typst makes them in a worker
// thread, releases before drafts (lib/pdf/queue.ts).
import 'server-only'
import crypto from 'node:crypto'
import { db } from '@/lib/db'
import type { Locale } from '@/lib/i18n'
import type { PseudoLocale } from '@/lib/i18n/pseudo'
import { listedStateName } from '@/lib/states/pdf-names'
import { digitsFor } from '@/lib/i18n/digits'
import { cachedProgrammePdf, isFinal, renderProgrammePdf, type PdfResult } from '@/lib/pdf'
import { requirePublication, type Publication, type PublicationHead } from './queries'

function render(head: PublicationHead, publication: Publication, locale: Locale, pseudo: PseudoLocale | null): Promise<Buffer> {
  return renderProgrammePdf(publication.programme, {
    symbol: publication.symbol ?? '',
    revision: head.revision,
    status: head.status,
    issuedOn: publication.issuedOn,
    locale,
    pseudo,
    digits: digitsFor(locale, publication.arabicDigits),
  }, { stateName: listedStateName })
}

/** `pseudo`: under the end-to-end tests, the pseudo-language of the PDF's fixed words (lib/i18n/pseudo.ts). */
export async function programmePdf(head: PublicationHead, locale: Locale, pseudo: PseudoLocale | null = null): Promise<PdfResult> {
  const key = { programmeId: head.id, revision: head.revision, status: head.status, updatedAt: head.updatedAt, locale, pseudo }
  if (isFinal(head.status)) return cachedProgrammePdf(key, async () => render(head, await requirePublication(db(), head), locale, pseudo))
  const publication = await requirePublication(db(), head)
  const contentHash = crypto.createHash('sha256').update(JSON.stringify([publication.programme, publication.issuedOn, digitsFor(locale, publication.arabicDigits)])).digest('base64url')
  return cachedProgrammePdf({ ...key, contentHash }, () => render(head, publication, locale, pseudo))
}
