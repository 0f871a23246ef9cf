import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { CommentBody } from '@/components/comments/comment-body'
import { handleOf, mentionedHandles, parseComment, plainText, safeHref } from '@/lib/comments/text'
import { XSS_PAYLOADS } from './xss-payloads'

// Class names come from a CSS module; the tests look at the elements and the other attributes.
const html = (body: string, names: Record<string, string> = {}) =>
  renderToStaticMarkup(createElement(CommentBody, { body, names })).replace(/ class="[^"]*"/g, '')

describe('comment formatting', () => {
  it('keeps plain text as text, with line breaks and paragraphs', () => {
    expect(parseComment('One\ntwo\n\nThree')).toEqual([
      { type: 'paragraph', children: [{ type: 'text', text: 'One' }, { type: 'break' }, { type: 'text', text: 'two' }] },
      { type: 'paragraph', children: [{ type: 'text', text: 'Three' }] },
    ])
  })

  it('reads emphasis, strong, links and lists', () => {
    expect(html('Please *move* the **side event** to [the agenda](https://example.org/a?b=1&c=2).')).toBe(
      '<div><p>Please <em>move</em> the <strong>side event</strong> to <a href="https://example.org/a?b=1&amp;c=2" rel="noopener noreferrer nofollow" target="_blank">the agenda</a>.</p></div>',
    )
    expect(html('Points:\n- first\n- _second_\n\n1. one\n2. two')).toBe(
      '<div><p>Points:</p><ul><li>first</li><li><em>second</em></li></ul><ol><li>one</li><li>two</li></ol></div>',
    )
  })

  it('links bare addresses without the punctuation that ends the sentence', () => {
    expect(html('See https://www.apminebanconvention.org/en/intersessional-meetings/. Or (https://example.org/x).')).toBe(
      '<div><p>See <a href="https://www.apminebanconvention.org/en/intersessional-meetings/" rel="noopener noreferrer nofollow" target="_blank">https://www.apminebanconvention.org/en/intersessional-meetings/</a>. Or (<a href="https://example.org/x" rel="noopener noreferrer nofollow" target="_blank">https://example.org/x</a>).</p></div>',
    )
    expect(html('Write to mailto:isu@apminebanconvention.org')).toContain('href="mailto:isu@apminebanconvention.org"')
  })

  it('leaves a multiplication or a lone star alone', () => {
    expect(plainText('2 * 3 * 4 and snake_case_name')).toBe('2 * 3 * 4 and snake_case_name')
  })

  it('accepts only http(s) and mailto addresses', () => {
    expect(safeHref('https://example.org')).toBe('https://example.org/')
    expect(safeHref('mailto:a@b.org')).toBe('mailto:a@b.org')
    for (const bad of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'data:text/html,x', 'vbscript:x', 'file:///etc/passwd', '//evil.org', 'https://a.org/"x', 'java\nscript:x', 'http://']) {
      expect(safeHref(bad), bad).toBeNull()
    }
  })

  it('finds mentions, once each, not in e-mail addresses or links', () => {
    expect(mentionedHandles('@committee and @K.Mensah, again @committee. Mail a@b.org, https://x.org/@nobody')).toEqual(['committee', 'k.mensah'])
    expect(handleOf('K.Mensah@example.org')).toBe('k.mensah')
    expect(html('Thanks @committee!', { committee: 'Kwame Mensah' })).toBe('<div><p>Thanks <span title="@committee">@Kwame Mensah</span>!</p></div>')
    expect(html('Thanks @stranger')).toBe('<div><p>Thanks @stranger</p></div>')
  })

  it('gives plain text for e-mails', () => {
    expect(plainText('**Move** [it](https://example.org/)\n- a\n- b')).toBe('Move it (https://example.org/)\n\n- a\n- b')
  })

  describe('renders every XSS payload as text', () => {
    for (const payload of XSS_PAYLOADS) {
      it(JSON.stringify(payload), () => {
        const markup = renderToStaticMarkup(createElement(CommentBody, { body: payload }))
        // Only the elements the formatter makes, with only the attributes it sets.
        const tags = [...markup.matchAll(/<([a-z0-9]+)([^>]*)>/gi)]
        for (const [, tag, attrs] of tags) {
          expect(['div', 'p', 'br', 'em', 'strong', 'a', 'ul', 'ol', 'li', 'span']).toContain(tag)
          const names = [...(attrs ?? '').matchAll(/\s([a-z-]+)=/gi)].map((m) => m[1])
          for (const name of names) expect(['href', 'rel', 'target', 'title', 'class']).toContain(name)
        }
        for (const [, href] of markup.matchAll(/href="([^"]*)"/g)) expect(href).toMatch(/^(https?:\/\/|mailto:)/)
        expect(markup).not.toMatch(/<script|<img|<svg|<iframe|<style|<details|<b[\s>]/i)
      })
    }
  })
})
