// Issue 12, item 3: the client's address that the sign-in limits count by. A header the client
// writes (X-Forwarded-For) is believed only behind TRUST_PROXY proxies, counted from the right;
// otherwise the socket's address, which the server stamps itself, counts.
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, describe, expect, it } from 'vitest'
import { addressKey, clientAddress, PEER_HEADER, servedOverHttps } from '@/lib/auth/client-address'
import { knownDevice, knownDeviceCookie, KNOWN_DEVICE_MAX_AGE_S } from '@/lib/auth/known-device'
import { stampPeerAddress } from '@/lib/auth/peer-stamp'

describe('the client address', () => {
  it('is the socket address without TRUST_PROXY, whatever X-Forwarded-For says', () => {
    expect(clientAddress({ [PEER_HEADER]: '192.0.2.10', 'x-forwarded-for': '198.51.100.99' }, 0)).toBe('192.0.2.10')
    expect(clientAddress(new Headers({ [PEER_HEADER]: '::ffff:192.0.2.10', 'x-forwarded-for': '1.2.3.4, 5.6.7.8' }), 0)).toBe('192.0.2.10')
    // No stamp (not behind our server): unknown, never the client's own claim.
    expect(clientAddress({ 'x-forwarded-for': '198.51.100.99' }, 0)).toBeNull()
  })

  it('behind N trusted proxies, is the address the outermost one saw (counted from the right)', () => {
    // client -> proxy (appends the client) -> us (socket: the proxy)
    const one = { [PEER_HEADER]: '10.0.0.2', 'x-forwarded-for': '6.6.6.6, 203.0.113.5' }
    expect(clientAddress(one, 1)).toBe('203.0.113.5')
    // client -> proxy A -> proxy B -> us
    expect(clientAddress({ [PEER_HEADER]: '10.0.0.3', 'x-forwarded-for': '6.6.6.6, 203.0.113.5, 10.0.0.2' }, 2)).toBe('203.0.113.5')
    // Fewer hops than trusted proxies: the leftmost there is.
    expect(clientAddress({ [PEER_HEADER]: '10.0.0.2', 'x-forwarded-for': '203.0.113.5' }, 3)).toBe('203.0.113.5')
    // A request that reached us without the proxy: the socket.
    expect(clientAddress({ [PEER_HEADER]: '203.0.113.9' }, 1)).toBe('203.0.113.9')
  })

  it('counts IPv6 by its /64 network, and refuses what is not an address', () => {
    expect(addressKey('2001:db8:1:2:aaaa:bbbb:cccc:dddd')).toBe('2001:db8:1:2::/64')
    expect(addressKey('2001:0db8:0001:0002::1')).toBe('2001:db8:1:2::/64')
    expect(addressKey('[2001:db8::1]:443')).toBe('2001:db8:0:0::/64')
    expect(addressKey('::1')).toBe('0:0:0:0::/64')
    expect(addressKey('fe80::1%eth0')).toBe('fe80:0:0:0::/64')
    expect(addressKey('::ffff:198.51.100.1')).toBe('198.51.100.1')
    for (const bad of ['', 'unknown', 'evil.example', '1.2.3', '<script>', '1.2.3.4.5']) expect(addressKey(bad), bad).toBeNull()
  })

  it('believes https from a proxy only under TRUST_PROXY, or from NEXTAUTH_URL', () => {
    expect(servedOverHttps({ 'x-forwarded-proto': 'https' }, 0, 'http://localhost:3000')).toBe(false)
    expect(servedOverHttps({ 'x-forwarded-proto': 'https' }, 1, undefined)).toBe(true)
    expect(servedOverHttps({ 'x-forwarded-proto': 'http' }, 1, undefined)).toBe(false)
    expect(servedOverHttps({}, 0, 'https://planner.example.org')).toBe(true)
  })
})

describe('the server stamps the socket address', () => {
  const servers: http.Server[] = []
  afterAll(() => servers.forEach((s) => s.close()))

  it('over whatever the client sent in its place', async () => {
    stampPeerAddress()
    stampPeerAddress() // once only, however often it is called
    const server = http.createServer((req, res) => res.end(JSON.stringify({ peer: req.headers[PEER_HEADER], forwarded: req.headers['x-forwarded-for'] })))
    servers.push(server)
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as AddressInfo
    const res = await fetch(`http://127.0.0.1:${port}/`, { headers: { [PEER_HEADER]: '6.6.6.6', 'X-Forwarded-For': '6.6.6.6' } })
    const seen = (await res.json()) as { peer: string; forwarded: string }
    expect(seen.peer).toBe('127.0.0.1')
    expect(seen.forwarded).toBe('6.6.6.6') // left for a trusted proxy to have written; not believed without TRUST_PROXY
    expect(clientAddress({ [PEER_HEADER]: seen.peer, 'x-forwarded-for': seen.forwarded }, 0)).toBe('127.0.0.1')
  })
})

describe('the known-device cookie', () => {
  const secret = 'a-secret-of-at-least-thirty-two-characters'
  const now = new Date('2026-06-01T09:00:00Z')

  it('names the device for the account it was issued for, and for no other', () => {
    const value = knownDeviceCookie(secret, 'owner@example.org', 'device-000000001', now)
    expect(knownDevice(secret, 'owner@example.org', value, now)).toBe('device-000000001')
    expect(knownDevice(secret, 'stranger@example.org', value, now)).toBeNull()
    expect(knownDevice('another-secret-of-thirty-two-characters!', 'owner@example.org', value, now)).toBeNull()
  })

  it('is refused when tampered with, malformed or too old', () => {
    const value = knownDeviceCookie(secret, 'owner@example.org', 'device-000000001', now)
    const [device, issued, mac] = value.split('.')
    for (const bad of [`device-000000002.${issued}.${mac}`, `${device}.${Number(issued) + 1}.${mac}`, `${device}.${issued}.${mac!.slice(0, -1)}A`, '', 'x', `${value}.x`, undefined]) {
      expect(knownDevice(secret, 'owner@example.org', bad, now), String(bad)).toBeNull()
    }
    expect(knownDevice(secret, 'owner@example.org', value, new Date(now.getTime() + (KNOWN_DEVICE_MAX_AGE_S + 60) * 1000))).toBeNull()
    // A new id each time a device is first known.
    expect(knownDeviceCookie(secret, 'a@b.org').split('.')[0]).not.toBe(knownDeviceCookie(secret, 'a@b.org').split('.')[0])
  })
})
