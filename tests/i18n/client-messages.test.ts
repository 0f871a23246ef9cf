// The browser receives only the namespaces of the catalogue that a page's client components say
// (components/client-messages.tsx). A component that starts using another namespace shows its keys
// instead of words unless its page or a layout above names it: this test fails first.
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { en } from '@/lib/i18n/messages/en'
import { clientModulesOf, entries, layoutsAbove, namespacesProvided, namespacesUsed, ROOT } from './client-namespaces'

type Tree = { [key: string]: string | Tree }
const keysOf = (tree: Tree, prefix = ''): string[] => Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [`${prefix}${key}`] : keysOf(value, `${prefix}${key}.`)))
const KEYS = keysOf(en as Tree)

describe('the messages each page sends to the browser', () => {
  for (const entry of entries()) {
    const name = path.relative(ROOT, entry)
    it(`${name} provides every namespace its client components use`, () => {
      const provided = new Set([entry, ...layoutsAbove(entry)].flatMap(namespacesProvided))
      const missing = [...namespacesUsed(clientModulesOf(entry), KEYS)].filter(([namespace]) => !provided.has(namespace)).map(([namespace, files]) => `${namespace} (${files.join(', ')})`)
      expect(missing, `add them to <ClientMessages namespaces={[…]}> in ${name}`).toEqual([])
    })
  }

  it('finds the client components behind a page and the namespaces they use', () => {
    const editor = path.join(ROOT, 'app/(site)/meetings/[year]/page.tsx')
    const modules = clientModulesOf(editor).map((file) => path.relative(ROOT, file))
    expect(modules).toContain('components/editor/programme-editor.tsx')
    expect(modules).not.toContain('lib/meetings/actions.ts') // a server action: the browser gets a reference
    const used = namespacesUsed(clientModulesOf(editor), KEYS)
    expect([...used.keys()]).toEqual(expect.arrayContaining(['editor', 'timetable', 'comments']))
    expect(used.has('people')).toBe(false) // 'people.manage' is a permission, not a message
  })

  // The editor words the rulebook's findings in the browser as the draft is typed (the `rules`
  // namespace, about 9 kB): it gets a little over half; the other pages far less.
  it('sends the editor page well under two thirds of the catalogue', () => {
    const size = (namespaces: string[]) => JSON.stringify(Object.fromEntries(namespaces.map((n) => [n, (en as Tree)[n]]))).length
    const editor = path.join(ROOT, 'app/(site)/meetings/[year]/page.tsx')
    const sent = [editor, ...layoutsAbove(editor)].flatMap(namespacesProvided)
    expect(size(sent)).toBeLessThan((size(Object.keys(en)) * 2) / 3)
  })
})
