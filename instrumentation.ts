// Next.js calls register() once when a server starts. In the Node.js runtime of a running server it
// starts the clock of the consultation deadlines (lib/consultation/timer); not while building.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return
  const { startDeadlineTimer } = await import('./lib/consultation/timer')
  startDeadlineTimer()
}
