'use client'
// Prints the page (the print style sheet leaves the navigation and the buttons out).
export function PrintButton({ label, className }: { label: string; className?: string }) {
  return (
    <button type="button" className={className} onClick={() => window.print()}>
      {label}
    </button>
  )
}
