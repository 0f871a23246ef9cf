'use client'
// Many hands at once: says every 20 s that this person has the programme open (a POST heartbeat), asks
// every few seconds who else has it open and whether it was saved since this page was drawn (a GET
// that writes nothing), and calls `onChanged` when it was. Polling, not a held-open connection, so
// that any of several servers may answer; the database is where presence lives.
import { useEffect, useRef, useState } from 'react'
import { HEARTBEAT_MS, type PresentPerson, type ProgrammePulse } from '@/lib/presence/people'

export const POLL_MS = 4_000

export function useProgrammePulse(year: number, stamp: string, onChanged: () => void): PresentPerson[] {
  const [people, setPeople] = useState<PresentPerson[]>([])
  const latest = useRef({ stamp, onChanged })
  useEffect(() => {
    latest.current = { stamp, onChanged }
  })

  useEffect(() => {
    const url = `/meetings/${year}/presence`
    let stopped = false
    const take = async (response: Promise<Response>) => {
      try {
        const res = await response
        if (!res.ok || stopped) return
        const pulse = (await res.json()) as ProgrammePulse
        if (stopped) return
        setPeople((before) => (samepeople(before, pulse.people) ? before : pulse.people))
        if (pulse.stamp !== latest.current.stamp) latest.current.onChanged()
      } catch {
        // Offline for a moment (a server restart): the next beat tries again.
      }
    }
    const beat = () => take(fetch(url, { method: 'POST', body: '{}', headers: { 'Content-Type': 'application/json' } }))
    const poll = () => {
      if (document.visibilityState === 'visible') void take(fetch(url, { cache: 'no-store' }))
    }
    void beat()
    const beating = window.setInterval(beat, HEARTBEAT_MS)
    const polling = window.setInterval(poll, POLL_MS)
    // Closing the tab or leaving the page: gone at once for the others, not after a minute.
    const leave = () => navigator.sendBeacon?.(url, JSON.stringify({ leaving: true }))
    window.addEventListener('pagehide', leave)
    return () => {
      stopped = true
      window.clearInterval(beating)
      window.clearInterval(polling)
      window.removeEventListener('pagehide', leave)
      leave()
    }
  }, [year])
  return people
}

const samepeople = (a: PresentPerson[], b: PresentPerson[]) => a.length === b.length && a.every((p, i) => p.id === b[i]?.id && p.name === b[i]?.name)
