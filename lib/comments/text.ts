// Comment text: plain text with a small, safe subset of formatting, parsed into a tree that the
// screens turn into React elements (never into an HTML string). What is not recognised stays text,
// so nothing a user types can become markup or script. Pure: the browser and the server share it.
//
//   *emphasis* or _emphasis_, **strong**, [words](https://…), bare https://… and mailto: links,
//   lists (lines starting with "- ", "* " or "1. "), paragraphs (a blank line), @handle mentions.

export type Inline =
  | { type: 'text'; text: string }
  | { type: 'em'; children: Inline[] }
  | { type: 'strong'; children: Inline[] }
  | { type: 'link'; href: string; children: Inline[] }
  | { type: 'mention'; handle: string }
  | { type: 'break' }

export type Block = { type: 'paragraph'; children: Inline[] } | { type: 'list'; ordered: boolean; items: Inline[][] }

export const MAX_COMMENT_LENGTH = 4000

const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:'])

/** The link's address when it is a safe http(s) or mailto address, else null (javascript:, data:, …). */
export function safeHref(raw: string): string | null {
  // Control characters and spaces inside an address are how filters get fooled: refuse them.
  if (/[\u0000-\u0020\u007f-\u009f<>"'`\\]/.test(raw)) return null
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return null
  }
  if (!SAFE_PROTOCOLS.has(url.protocol)) return null
  if (url.protocol !== 'mailto:' && !url.hostname) return null
  return url.href
}

/** A mention's handle: the part of a member's e-mail address before the @, as in `@k.mensah`. */
export function handleOf(email: string): string {
  return (email.split('@')[0] ?? '').toLowerCase()
}

// One pattern for every inline form, tried left to right; the first alternative that matches wins.
// Each alternative stops at the first character that cannot belong to it (a link's text at the next
// "["), so that the whole pass stays linear in the length of the comment.
const INLINE =
  /\[([^[\]\n]{1,300})\]\(([^()\s]{1,2000})\)|((?:https?:\/\/|mailto:)[^\s<>"]+)|\*\*(?=\S)([^*\n]{0,2000}?\S)\*\*|(?<![\p{L}\p{N}*])\*(?=[^\s*])([^*\n]{0,2000}?[^\s*])\*(?![\p{L}\p{N}*])|(?<![\p{L}\p{N}_])_(?=[^\s_])([^_\n]{0,2000}?[^\s_])_(?![\p{L}\p{N}_])|(?<![\p{L}\p{N}@._%+-])@([\p{L}\p{N}](?:[\p{L}\p{N}._-]{0,62}[\p{L}\p{N}])?)/gu

type Allow = { links: boolean; strong: boolean; emphasis: boolean }
const ALL: Allow = { links: true, strong: true, emphasis: true }

/**
 * A bare address ends before trailing punctuation, and before a ")" that was not opened in it.
 * The brackets are counted once and the counts kept as the end moves back: linear in the length.
 */
function trimBareUrl(url: string): string {
  let opened = 0
  let closed = 0
  for (const c of url) {
    if (c === '(') opened += 1
    else if (c === ')') closed += 1
  }
  let end = url.length
  for (;;) {
    const last = url[end - 1]
    if (last && '.,;:!?\'"'.includes(last)) end -= 1
    else if (last === ')' && opened < closed) {
      end -= 1
      closed -= 1
    } else break
  }
  return url.slice(0, end)
}

function pushText(out: Inline[], text: string) {
  if (!text) return
  const last = out.at(-1)
  if (last?.type === 'text') last.text += text
  else out.push({ type: 'text', text })
}

function parseLine(line: string, allow: Allow, out: Inline[]) {
  let at = 0
  for (const m of line.matchAll(INLINE)) {
    const index = m.index
    if (index < at) continue
    const [whole, linkText, linkHref, bare, strong, em1, em2, handle] = m
    let node: Inline | null = null
    let consumed = whole.length
    if (linkText !== undefined && linkHref !== undefined && allow.links) {
      const href = safeHref(linkHref)
      if (href) node = { type: 'link', href, children: parseInline(linkText, { links: false, strong: allow.strong, emphasis: allow.emphasis }) }
    } else if (bare !== undefined && allow.links) {
      const trimmed = trimBareUrl(bare)
      const href = safeHref(trimmed)
      if (href) {
        node = { type: 'link', href, children: [{ type: 'text', text: trimmed }] }
        consumed = trimmed.length
      }
    } else if (strong !== undefined && allow.strong) {
      node = { type: 'strong', children: parseInline(strong, { ...allow, strong: false }) }
    } else if ((em1 ?? em2) !== undefined && allow.emphasis) {
      node = { type: 'em', children: parseInline((em1 ?? em2)!, { ...allow, emphasis: false, strong: false }) }
    } else if (handle !== undefined && allow.links) {
      // A trailing dot ends the sentence, not the handle.
      node = { type: 'mention', handle: handle.toLowerCase() }
    }
    if (!node) continue
    pushText(out, line.slice(at, index))
    out.push(node)
    at = index + consumed
  }
  pushText(out, line.slice(at))
}

function parseInline(text: string, allow: Allow = ALL): Inline[] {
  const out: Inline[] = []
  text.split('\n').forEach((line, i) => {
    if (i > 0) out.push({ type: 'break' })
    parseLine(line, allow, out)
  })
  return out
}

const BULLET = /^\s{0,3}[-*•]\s+(.*)$/
const NUMBERED = /^\s{0,3}\d{1,3}[.)]\s+(.*)$/

/** The comment as blocks of inline nodes. Never throws; any input gives a tree of text and safe links. */
export function parseComment(body: string): Block[] {
  const text = body.replace(/\r\n?/g, '\n').slice(0, MAX_COMMENT_LENGTH * 2)
  const blocks: Block[] = []
  let paragraph: string[] = []
  let list: { ordered: boolean; items: string[] } | null = null
  const flushParagraph = () => {
    if (paragraph.length) blocks.push({ type: 'paragraph', children: parseInline(paragraph.join('\n')) })
    paragraph = []
  }
  const flushList = () => {
    if (list) blocks.push({ type: 'list', ordered: list.ordered, items: list.items.map((item) => parseInline(item)) })
    list = null
  }
  for (const line of text.split('\n')) {
    const bullet = BULLET.exec(line)
    const numbered = bullet ? null : NUMBERED.exec(line)
    if (line.trim() === '') {
      flushParagraph()
      flushList()
    } else if (bullet || numbered) {
      const ordered = !!numbered
      flushParagraph()
      if (list && list.ordered !== ordered) flushList()
      list ??= { ordered, items: [] }
      list.items.push(((bullet ?? numbered)![1] ?? '').trim())
    } else if (list && /^\s{2,}\S/.test(line)) {
      // An indented line continues the list item above it.
      list.items[list.items.length - 1] += `\n${line.trim()}`
    } else {
      flushList()
      paragraph.push(line)
    }
  }
  flushParagraph()
  flushList()
  return blocks
}

function walk(nodes: Inline[], visit: (node: Inline) => void) {
  for (const node of nodes) {
    visit(node)
    if ('children' in node) walk(node.children, visit)
  }
}

/** The handles mentioned in a comment, each once, lower-case, in order of appearance. */
export function mentionedHandles(body: string): string[] {
  const found = new Set<string>()
  for (const block of parseComment(body)) {
    const groups = block.type === 'paragraph' ? [block.children] : block.items
    for (const nodes of groups) walk(nodes, (node) => node.type === 'mention' && found.add(node.handle))
  }
  return [...found]
}

/** The comment as plain text (for e-mails and notifications): formatting marks dropped, links kept. */
export function plainText(body: string): string {
  const inline = (nodes: Inline[]): string =>
    nodes
      .map((n) => {
        switch (n.type) {
          case 'text':
            return n.text
          case 'break':
            return '\n'
          case 'mention':
            return `@${n.handle}`
          case 'link': {
            const label = inline(n.children)
            return label === n.href || `mailto:${label}` === n.href ? label : `${label} (${n.href})`
          }
          default:
            return inline(n.children)
        }
      })
      .join('')
  return parseComment(body)
    .map((b) => (b.type === 'paragraph' ? inline(b.children) : b.items.map((item, i) => `${b.ordered ? `${i + 1}.` : '-'} ${inline(item)}`).join('\n')))
    .join('\n\n')
}
