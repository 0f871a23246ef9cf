'use client'
// On a phone the header's links fold behind one "Menu" button; on a wider screen they are always shown.
import { Menu, X } from 'lucide-react'
import { useState } from 'react'

export function HeaderMenu({ label, children }: { label: string; children: React.ReactNode }) {
  const [open, setOpen] = useState(false)
  return (
    <>
      <button type="button" className="menu-toggle" aria-expanded={open} aria-controls="site-menu" onClick={() => setOpen(!open)}>
        {open ? <X size={18} aria-hidden="true" /> : <Menu size={18} aria-hidden="true" />}
        <span>{label}</span>
      </button>
      {/* Following a link closes the menu. */}
      <div id="site-menu" className={`site-menu${open ? ' open' : ''}`} onClick={(e) => (e.target as HTMLElement).closest('a') && setOpen(false)}>
        {children}
      </div>
    </>
  )
}
