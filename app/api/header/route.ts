import { headerAccount } from '@/lib/site-header'

// The signed-in part of the header of the public programme pages (cached, the same for everyone),
// asked for by the browser: who is signed in, their links and unread count; `null` when signed out.
export const dynamic = 'force-dynamic'

export async function GET() {
  return Response.json(await headerAccount(), { headers: { 'Cache-Control': 'private, no-store' } })
}
