import { chooseLanguage } from '@/lib/people/choose-language'

// The language switcher of the public programme pages (components/public-header.tsx): a plain form,
// posted by the browser without any script, answered by sending the reader back to the page they
// were on, which is then shown in the language chosen. Only a page of this site may post it.

/** The path of the page the form was on, when it is one of this site's; else the home page. */
function pageBack(request: Request): string {
  const referer = request.headers.get('referer')
  if (!referer) return '/'
  try {
    const from = new URL(referer)
    return from.host === request.headers.get('host') ? `${from.pathname}${from.search}` : '/'
  } catch {
    return '/'
  }
}

/** A post from a page of this site: the browser says so (Fetch Metadata), or its Origin is this host. */
function fromThisSite(request: Request): boolean {
  const site = request.headers.get('sec-fetch-site')
  if (site) return site === 'same-origin'
  const origin = request.headers.get('origin')
  if (!origin) return false
  try {
    return new URL(origin).host === request.headers.get('host')
  } catch {
    return false
  }
}

export async function POST(request: Request) {
  if (!fromThisSite(request)) return new Response('The language is chosen from a page of this site.', { status: 403, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
  const form = await request.formData().catch(() => new FormData())
  // A language we do not offer changes nothing: the page is shown again as it was.
  await chooseLanguage(form)
  // 303: the browser asks for the page again with GET, in the language its cookie now holds.
  return new Response(null, { status: 303, headers: { Location: pageBack(request), 'Cache-Control': 'no-store' } })
}
