// A comment's text as React elements, from the safe tree of lib/comments/text: React escapes every
// string, links are only http(s) or mailto, and no HTML string is ever injected.
import { Fragment, type ReactNode } from 'react'
import { parseComment, type Inline } from '@/lib/comments/text'
import styles from './comments.module.css'

/** Who a handle names, for showing mentions by name: handle -> name. */
export type MemberNames = Readonly<Record<string, string>>

function inline(nodes: Inline[], names: MemberNames, key = ''): ReactNode[] {
  return nodes.map((node, i) => {
    const k = `${key}${i}`
    switch (node.type) {
      case 'text':
        return <Fragment key={k}>{node.text}</Fragment>
      case 'break':
        return <br key={k} />
      case 'em':
        return <em key={k}>{inline(node.children, names, `${k}.`)}</em>
      case 'strong':
        return <strong key={k}>{inline(node.children, names, `${k}.`)}</strong>
      case 'link':
        return (
          <a key={k} href={node.href} rel="noopener noreferrer nofollow" target="_blank">
            {inline(node.children, names, `${k}.`)}
          </a>
        )
      case 'mention': {
        const name = names[node.handle]
        return name ? (
          <span key={k} className={styles.mention} title={`@${node.handle}`}>
            @{name}
          </span>
        ) : (
          <Fragment key={k}>@{node.handle}</Fragment>
        )
      }
    }
  })
}

export function CommentBody({ body, names = {} }: { body: string; names?: MemberNames }) {
  return (
    <div className={styles.body}>
      {parseComment(body).map((block, i) =>
        block.type === 'paragraph' ? (
          <p key={i}>{inline(block.children, names)}</p>
        ) : block.ordered ? (
          <ol key={i}>
            {block.items.map((item, j) => (
              <li key={j}>{inline(item, names)}</li>
            ))}
          </ol>
        ) : (
          <ul key={i}>
            {block.items.map((item, j) => (
              <li key={j}>{inline(item, names)}</li>
            ))}
          </ul>
        ),
      )}
    </div>
  )
}
