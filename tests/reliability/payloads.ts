// Hostile input, typed into every text field by the reliability tests (vitest on the lib functions,
// Playwright through the server actions and the pages). Each must be stored literally or refused with
// a clear message, and shown as text: never run as script, never break a query, never a 500.
// The script payloads set `window.__xss`, so that a test can see whether any of them ran.

export type Payload = { name: string; text: string; oversize?: true }

const MB = 1024 * 1024

export const PAYLOADS: Payload[] = [
  { name: 'script tag', text: '<script>window.__xss = 1</script>' },
  { name: 'image onerror', text: '"><img src=x onerror="window.__xss = 1">' },
  { name: 'svg onload', text: "'><svg onload=window.__xss=1>" },
  { name: 'javascript URL', text: 'javascript:window.__xss=1' },
  { name: 'markdown javascript link', text: '[click me](javascript:window.__xss=1)' },
  { name: 'iframe srcdoc', text: '<iframe srcdoc="<script>parent.__xss=1</script>"></iframe>' },
  { name: 'closing style and textarea', text: '</textarea></style></title><script>window.__xss = 1</script>' },
  { name: 'HTML entities', text: '&lt;b&gt;not bold&lt;/b&gt; &amp; &#60;i&#62;' },
  { name: 'SQL: drop table', text: `'; DROP TABLE "Item";--` },
  { name: 'SQL: always true', text: `' OR '1'='1` },
  { name: 'SQL: union', text: `x" UNION SELECT "passwordHash" FROM "User"--` },
  { name: 'template {{ }}', text: '{{7*7}} {{constructor.constructor("window.__xss=1")()}}' },
  { name: 'template ${ }', text: '${7*7} #{7*7} <%= 7*7 %>' },
  { name: 'JSON and backslashes', text: '{"__proto__":{"admin":true}} \\u0000 \\" \\n' },
  { name: 'right-to-left override', text: '\u202Eevil\u202C txt.exe' },
  { name: 'emoji and combining marks', text: '💣🧨 👩🏽‍⚕️ Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǧ̗͚̚o̙̔ͮ̇͐̇' },
  { name: 'NUL and control characters', text: 'before\u0000after\u0007\u001b[31mred' },
  { name: 'lone surrogate', text: 'half \uD83D of an emoji' },
  { name: '10 000 characters', text: 'A'.repeat(10_000), oversize: true },
  { name: '1 MB', text: 'B'.repeat(MB), oversize: true },
]

/** Whether `stored` is `sent` as the application keeps text: trimmed at both ends, nothing else changed. */
export const storedLiterally = (sent: string, stored: string | null | undefined) => stored === sent.trim()
