// Who has the programme open, and the stamp of its last save: the editor polls it (GET, which writes
// nothing) and says it is there with a heartbeat (POST, through the pipeline of changes). A draft is
// answered to whoever may not read it exactly as a year without a programme: 404.
import { can } from '@/lib/auth/policy'
import { currentUser } from '@/lib/auth/session'
import { db } from '@/lib/db'
import { Failure } from '@/lib/failures'
import { visibleProgrammeHead } from '@/lib/meetings/visible'
import { markPresent, pulseOf } from '@/lib/presence/presence'

export const dynamic = 'force-dynamic'

type Params = { params: Promise<{ year: string }> }
const headers = { 'Cache-Control': 'private, no-store' }
const absent = () => Response.json({ error: 'No programme for this year.' }, { status: 404, headers })

async function readable(params: Params['params']) {
  const user = await currentUser()
  const head = user ? await visibleProgrammeHead((await params).year, user) : null
  return user && head && can(user, 'programme.viewDraft', head) ? { user, head } : null
}

export async function GET(_request: Request, { params }: Params) {
  const found = await readable(params)
  if (!found) return absent()
  return Response.json(await pulseOf(db(), found.head, found.user.id), { headers })
}

export async function POST(request: Request, { params }: Params) {
  // Only from this application's pages (a cross-site form cannot say someone is present).
  const origin = request.headers.get('origin')
  if (origin && URL.canParse(origin) && new URL(origin).host !== request.headers.get('host')) return Response.json({ error: 'Cross-site request.' }, { status: 403, headers })
  const found = await readable(params)
  if (!found) return absent()
  // navigator.sendBeacon sends its body as text: read it as JSON when there is one.
  const body = await request.text()
  let leaving = false
  try {
    leaving = body ? (JSON.parse(body) as { leaving?: unknown }).leaving === true : false
  } catch {
    leaving = false
  }
  try {
    return Response.json(await markPresent(db(), found.user, { programmeId: found.head.id, leaving }), { headers })
  } catch (e) {
    if (e instanceof Failure) return absent()
    throw e
  }
}
