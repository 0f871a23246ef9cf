// Next.js calls register() once when a server starts. In the Node.js runtime of a running server it
// stamps each request with its socket's address (lib/auth/peer-stamp: the sign-in limits count by
// it), starts the clock of the consultation deadlines (lib/consultation/timer) and readies the watch on
// what the public pages show (lib/publication/public-stamp, from the first page kept), and gives the
// readers' kept pages the database's change stamp (lib/reader-answers, lib/db/change-stamp); not while building.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return
  const { stampPeerAddress } = await import('./lib/auth/peer-stamp')
  stampPeerAddress()
  const { startDeadlineTimer } = await import('./lib/consultation/timer')
  startDeadlineTimer()
  const { registerStampWatch } = await import('./lib/publication/kept-pages.mjs')
  registerStampWatch(() => void import('./lib/publication/public-stamp').then((m) => m.startPublicStampWatch()))
  const [{ registerChangeStamp }, { changeStampOf }, { env }] = await Promise.all([import('./lib/reader-answers'), import('./lib/db/change-stamp'), import('./lib/env')])
  registerChangeStamp(changeStampOf(env().DATABASE_URL))
}
