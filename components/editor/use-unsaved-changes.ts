'use client'
import { useEffect } from 'react'

/**
 * Asks before leaving while there are unsaved changes: closing or reloading the tab (the browser's
 * own question) and following a link inside the application (ours).
 */
export function useUnsavedChanges(dirty: boolean, question: string) {
  useEffect(() => {
    if (!dirty) return
    const beforeUnload = (e: BeforeUnloadEvent) => {
      e.preventDefault()
      e.returnValue = ''
    }
    const click = (e: MouseEvent) => {
      const link = (e.target as HTMLElement | null)?.closest('a[href]') as HTMLAnchorElement | null
      if (!link || link.target === '_blank' || link.hasAttribute('download')) return
      if (new URL(link.href, location.href).pathname === location.pathname) return
      if (!window.confirm(question)) {
        e.preventDefault()
        e.stopImmediatePropagation()
      }
    }
    window.addEventListener('beforeunload', beforeUnload)
    document.addEventListener('click', click, true)
    return () => {
      window.removeEventListener('beforeunload', beforeUnload)
      document.removeEventListener('click', click, true)
    }
  }, [dirty, question])
}
