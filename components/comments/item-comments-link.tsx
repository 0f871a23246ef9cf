'use client'
// For the editor: the number of threads on an item, as a link to them on the consultation page.
import { MessageSquare } from 'lucide-react'
import Link from 'next/link'
import { useT } from '@/components/i18n'
import styles from './comments.module.css'

export type ThreadCount = { open: number; total: number }

export function ItemCommentsLink({ year, itemId, count }: { year: number; itemId: string; count?: ThreadCount }) {
  const t = useT()
  const total = count?.total ?? 0
  const open = count?.open ?? 0
  const label = total ? t('comments.itemThreads', { total, open }) : t('comments.itemNoThreads')
  return (
    <Link href={`/meetings/${year}/consultation#item-${itemId}`} className={`${styles.count} ${total ? '' : styles.none}`} aria-label={label} title={label}>
      <span aria-hidden="true">
        <MessageSquare size={14} style={{ verticalAlign: '-2px' }} /> {total ? (open ? `${open}/${total}` : total) : '+'}
      </span>
    </Link>
  )
}
