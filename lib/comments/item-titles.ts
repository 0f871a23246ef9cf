// Threads on an item outlive it: before the editor deletes items (or the days holding them), it keeps
// each item's last title on its threads, so they stay readable as "item removed: <title>".
import type { Db, Tx } from '@/lib/db'

/** Call it in the transaction that deletes the items. */
export async function rememberItemTitles(tx: Db | Tx, itemIds: readonly string[]) {
  if (!itemIds.length) return
  const items = await tx.item.findMany({ where: { id: { in: [...itemIds] } }, select: { id: true, title: true } })
  for (const item of items) await tx.commentThread.updateMany({ where: { itemId: item.id }, data: { itemTitle: item.title } })
}
