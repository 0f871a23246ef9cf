// How many of the heaviest pages (the editor: a whole programme, its findings and its panels, a few
// hundred kB of HTML) are rendered at once. Each rendering holds its programme, its React tree and its
// HTML until it is sent; fifty at once held about 13 MB each (the server's peak RSS 875 MB in
// `npm run bench`, issue 18). Past the limit a request waits its turn before it reads anything, and a
// turn is given back when its answer has been sent (next/server's after()), or after 30 s whatever
// happens. The CPU is the same either way (one thread renders), so the waiting costs no throughput.
import { after } from 'next/server'
import pLimit from 'p-limit'
import { env } from '@/lib/env'

const GIVEN_BACK_AFTER_MS = 30_000

/** Renderings at once (HEAVY_RENDERS, 4): enough to keep the thread busy while one waits for the database. */
let renders: ReturnType<typeof pLimit> | undefined

/** Waits for a turn to render a heavy page; the turn is given back once the answer is sent. */
export async function heavyRenderTurn(): Promise<void> {
  let giveBack!: () => void
  await new Promise<void>((entered) => {
    renders ??= pLimit(env().HEAVY_RENDERS)
    void renders(
      () =>
        new Promise<void>((done) => {
          const timer = setTimeout(done, GIVEN_BACK_AFTER_MS)
          timer.unref()
          giveBack = () => (clearTimeout(timer), done())
          entered()
        }),
    )
  })
  // Registered in the request's own context (p-limit runs the line above from another request's).
  after(giveBack)
}
