// A load balancer in a few lines, for the test of several servers: each request goes to the next
// server in turn (no sticky sessions), with X-Forwarded-For and X-Forwarded-Proto as a reverse proxy
// adds them, and the answer says which server gave it (X-Served-By: 0, 1…).
import http from 'node:http'
import type { AddressInfo } from 'node:net'

export const SERVED_BY = 'x-served-by'

/** `targets` may be filled after the proxy starts (the servers need its address first). */
export type RoundRobin = { url: string; targets: string[]; served: number[]; log: { server: number; method: string; path: string }[]; close(): Promise<void> }

export async function startRoundRobin(targets: string[], port = 0): Promise<RoundRobin> {
  const served: number[] = []
  const log: RoundRobin['log'] = []
  let next = 0
  const server = http.createServer((request, response) => {
    if (!targets.length) return void response.writeHead(503).end('proxy: no server yet')
    const index = next++ % targets.length
    served[index] = (served[index] ?? 0) + 1
    log.push({ server: index, method: request.method ?? '', path: request.url ?? '' })
    const target = new URL(targets[index]!)
    const forwardedFor = [request.headers['x-forwarded-for'], request.socket.remoteAddress].filter(Boolean).join(', ')
    const upstream = http.request(
      { host: target.hostname, port: target.port, method: request.method, path: request.url, headers: { ...request.headers, 'x-forwarded-for': forwardedFor, 'x-forwarded-proto': 'http' } },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, { ...answer.headers, [SERVED_BY]: String(index) })
        answer.pipe(response)
      },
    )
    upstream.on('error', (error) => {
      if (!response.headersSent) response.writeHead(502, { 'content-type': 'text/plain', [SERVED_BY]: String(index) })
      response.end(`proxy: ${error.message}`)
    })
    request.pipe(upstream)
  })
  await new Promise<void>((resolve) => server.listen(port, resolve))
  const { port: listening } = server.address() as AddressInfo
  return {
    url: `http://localhost:${listening}`,
    targets,
    served,
    log,
    close: () => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
  }
}
