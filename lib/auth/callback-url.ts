// Where a person goes after signing in: only a path of this site. The value comes from the address
// bar (`?callbackUrl=`), so it is read the way a browser would read it (the URL parser drops tabs and
// newlines, turns `\` into `/`, decodes nothing twice) and kept only when it lands on our own origin.

/** Stands for our origin when the real one is not known (a relative path keeps it, anything else does not). */
const PLACEHOLDER_ORIGIN = 'http://planner.invalid'
const MAX_LENGTH = 2000

/**
 * The path (with its query and fragment) that `value` leads to on `origin`, or "/" when it leads
 * anywhere else or is not an address at all. The answer is always a path starting with one "/",
 * made of printable ASCII (the URL serialiser percent-encodes the rest), so it is safe in a
 * Location header and cannot be read as another host (`//host`).
 */
export function safeCallbackUrl(value: unknown, origin: string = PLACEHOLDER_ORIGIN): string {
  if (typeof value !== 'string' || value === '' || value.length > MAX_LENGTH) return '/'
  let base: URL
  let url: URL
  try {
    base = new URL(origin)
    url = new URL(value, base)
  } catch {
    return '/'
  }
  if (url.origin !== base.origin || url.username || url.password) return '/'
  const path = `${url.pathname}${url.search}${url.hash}`
  // `/.//evil.example` parses to the path `//evil.example` on our origin: as a Location it would leave it.
  if (!path.startsWith('/') || path.startsWith('//') || path.startsWith('/\\')) return '/'
  return /^[\x21-\x7e]*$/.test(path) ? path : '/'
}
