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

/** Samples every 250 ms; `stop()` gives the peak of the largest process (the Next.js server) in MB. */
export function watchPeakRss(rootPid: number) {
  let peak = 0
  const timer = setInterval(() => {
    const tree = [rootPid]
    for (let i = 0; i < tree.length; i++) tree.push(...children(tree[i]!))
    peak = Math.max(peak, ...tree.map(rssKiB))
  }, 250)
  return { stop: () => (clearInterval(timer), Math.round(peak / 1024)) }
}
