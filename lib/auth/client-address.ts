// The address a request comes from, for the sign-in limits. Pure: headers in, address out.
//
// The server stamps each request with the address of the socket it came on (PEER_HEADER, set by
// lib/auth/peer-stamp.ts before Next.js sees the request; a client cannot choose it). Behind
// TRUST_PROXY reverse proxies, the socket is the nearest proxy's, and the client is the address the
// outermost trusted proxy saw: counted from the right of X-Forwarded-For, as Express's `trust proxy`
// does. Without TRUST_PROXY, X-Forwarded-For is the client's to write, and is never believed.
import { isIPv4, isIPv6 } from 'node:net'

export const PEER_HEADER = 'x-planner-peer'

type HeaderSource = Headers | Record<string, string | string[] | undefined>

function header(headers: HeaderSource, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined
  const value = headers[name] ?? headers[name.toLowerCase()]
  return Array.isArray(value) ? value.join(',') : value
}

/** IPv4 as is; IPv6 by its /64 network, which one subscriber gets whole (so one cannot hop between 2^64 addresses). */
export function addressKey(raw: string | undefined | null): string | null {
  if (!raw) return null
  let address = raw.trim().replace(/^\[|\](:\d+)?$/g, '')
  if (address.toLowerCase().startsWith('::ffff:') && isIPv4(address.slice(7))) address = address.slice(7)
  if (isIPv4(address)) return address
  if (!isIPv6(address.split('%')[0]!)) return null
  const [head = '', tail = ''] = address.split('%')[0]!.toLowerCase().split('::')
  const left = head ? head.split(':') : []
  const right = tail ? tail.split(':') : []
  if (right.length && isIPv4(right.at(-1)!)) right.splice(-1, 1, '0', '0') // an embedded IPv4 ends the address: not in the /64
  const groups = address.includes('::') ? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right] : left
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`
}

/** The client's address (see above), or null when it cannot be known. */
export function clientAddress(headers: HeaderSource, trustProxy: number): string | null {
  const peer = header(headers, PEER_HEADER)
  if (trustProxy <= 0) return addressKey(peer)
  const forwarded = (header(headers, 'x-forwarded-for') ?? '')
    .split(',')
    .map((a) => a.trim())
    .filter(Boolean)
  // The socket is the first hop; each trusted proxy vouches for the one before it.
  const hops = peer ? [...forwarded, peer] : forwarded
  return addressKey(hops[Math.max(0, hops.length - 1 - trustProxy)])
}

/** Whether the browser reached us over https, as far as we can believe it. */
export function servedOverHttps(headers: HeaderSource, trustProxy: number, publicUrl: string | undefined): boolean {
  if (publicUrl?.startsWith('https://')) return true
  if (trustProxy <= 0) return false
  const proto = header(headers, 'x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase()
  return proto === 'https'
}
