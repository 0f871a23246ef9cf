import { translator } from '@/lib/i18n/languages'
import { isPageLanguage, pageWords, requestPageLanguage } from '@/lib/i18n/page-language'
import { headerAccount, headerWords } from '@/lib/site-header'

// The signed-in part of the header of the public programme pages (cached, the same for everyone),
// asked for by their script (public/scripts/public-page.js): who is signed in, their links and unread
// count, in words of the page's language (`?lang=`, else the reader's); `null` when signed out.
export const dynamic = 'force-dynamic'

export async function GET(request: Request) {
  const asked = new URL(request.url).searchParams.get('lang')
  const { messages } = pageWords(isPageLanguage(asked) ? asked : requestPageLanguage(request))
  const account = await headerAccount()
  return Response.json(account && headerWords(account, translator(messages)), { headers: { 'Cache-Control': 'private, no-store' } })
}
