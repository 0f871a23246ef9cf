// The resident memory of a process and its children (the server runs under tsx, next start below it).
import fs from 'node:fs'

function children(pid: number): number[] {
  try {
    return fs
      .readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8')
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map(Number)
  } catch {
    return []
  }
}

const rssKiB = (pid: number) => {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0)
  } catch {
    return 0
  }
}

const isNextServer = (pid: number) => {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').startsWith('next-server')
  } catch {
    return false
  }
}

/**
 * The resident memory of the Next.js server ("next-server" in the tree: npm, tsx and scripts/start.ts
 * wait above it, about 84 MB for start.ts's own process, which holds no database client), in KiB;
 * the largest process of the tree if none is named so.
 */
function largestKiB(rootPid: number) {
  const tree = [rootPid]
  for (let i = 0; i < tree.length; i++) tree.push(...children(tree[i]!))
  const servers = tree.filter(isNextServer)
  return Math.max(...(servers.length ? servers : tree).map(rssKiB))
}

/** The memory of the Next.js server now, in MB (idle: once it has started and nothing is asked of it). */
export const rssNowMB = (rootPid: number) => Math.round(largestKiB(rootPid) / 1024)

/** Samples every 250 ms; `stop()` gives the peak of the largest process (the Next.js server) in MB. */
export function watchPeakRss(rootPid: number) {
  let peak = 0
  const timer = setInterval(() => {
    peak = Math.max(peak, largestKiB(rootPid))
  }, 250)
  return { stop: () => (clearInterval(timer), Math.round(peak / 1024)) }
}
