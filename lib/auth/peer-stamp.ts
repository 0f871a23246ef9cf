// Next.js hides the socket from route handlers, and writes the socket's address into
// X-Forwarded-For only when the client did not send one (so a client can name any address there).
// This stamps every request with the address its socket really came from, in a header of ours that
// it overwrites, before Next.js reads the request. Installed once by instrumentation.ts.
import http from 'node:http'
import { PEER_HEADER } from './client-address'

const INSTALLED = Symbol.for('planner.peerStamp')

type Emit = (this: http.Server, event: string | symbol, ...args: unknown[]) => boolean

export function stampPeerAddress() {
  const prototype = http.Server.prototype as unknown as { emit: Emit; [INSTALLED]?: boolean }
  if (prototype[INSTALLED]) return
  const emit = prototype.emit
  prototype.emit = function (event, ...args) {
    if (event === 'request') {
      const request = args[0] as http.IncomingMessage
      request.headers[PEER_HEADER] = request.socket?.remoteAddress ?? ''
    }
    return emit.call(this, event, ...args)
  }
  prototype[INSTALLED] = true
}
