// Load with autocannon, recording every response time so that p50 and p95 are exact.
import autocannon from 'autocannon'

export type LoadResult = { path: string; requests: number; rps: number; p50: number; p95: number; errors: number; non2xx: number }

/** Chromium's Accept for a page. */
const PAGE_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8'

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN

export async function load(url: string, path: string, options: { connections: number; seconds: number; cookie?: string }): Promise<LoadResult> {
  const times: number[] = []
  // Without a callback autocannon returns its running instance, which is also a promise of the result.
  const instance = autocannon({
    url: url + path,
    connections: options.connections,
    duration: options.seconds,
    // As a browser asks when it loads a page (its Accept and Fetch Metadata; lib/security/page-load.ts);
    // the files and the JSON answer whatever is asked.
    headers: { accept: PAGE_ACCEPT, 'sec-fetch-dest': 'document', ...(options.cookie ? { cookie: options.cookie } : {}) },
  }) as unknown as Promise<autocannon.Result> & { on(event: 'response', listener: (...args: never[]) => void): void }
  instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => times.push(responseTime))
  const result = await instance
  times.sort((a, b) => a - b)
  return {
    path,
    requests: result.requests.total,
    rps: Math.round(result.requests.average),
    p50: Math.round(percentile(times, 50) * 10) / 10,
    p95: Math.round(percentile(times, 95) * 10) / 10,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  }
}
