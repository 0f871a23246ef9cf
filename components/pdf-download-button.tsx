'use client'
import { useRef, useState } from 'react'
import { downloadFile, type DownloadState } from '@/public/scripts/download.js'
import { useT } from './i18n'

type State = { step: 'idle' } | DownloadState

/**
 * Downloads a programme's PDF: says that it is being prepared, shows how much has arrived, saves it
 * under the server's file name, and says clearly what went wrong when it fails. Without JavaScript
 * it is a plain download link. The public programme pages do the same with public/scripts/public-page.js.
 */
export function PdfDownloadButton({ href, fileName, className }: { href: string; fileName: string; className?: string }) {
  const t = useT()
  const [state, setState] = useState<State>({ step: 'idle' })
  const busy = state.step === 'preparing' || state.step === 'receiving'
  const running = useRef(false)

  async function download() {
    if (running.current) return
    running.current = true
    try {
      await downloadFile(href, fileName, 'application/pdf', setState)
    } finally {
      running.current = false
    }
  }

  const status =
    state.step === 'preparing'
      ? t('publication.download.preparing')
      : state.step === 'receiving'
        ? state.percent === null
          ? t('publication.download.preparing')
          : t('publication.download.receiving', { percent: state.percent })
        : state.step === 'saved'
          ? t('publication.download.saved', { file: state.fileName })
          : ''

  return (
    <div className={className} data-testid="pdf-download" data-pdf-download>
      <a
        className="button"
        href={href}
        download={fileName}
        aria-disabled={busy || undefined}
        onClick={(event) => {
          event.preventDefault()
          void download()
        }}
      >
        {busy ? t('publication.download.preparing') : t('publication.download.button')}
      </a>
      {state.step === 'receiving' && state.percent !== null ? <progress max={100} value={state.percent} aria-hidden="true" /> : null}
      <p role="status" aria-live="polite" className="muted">
        {status}
      </p>
      {state.step === 'failed' ? (
        <p role="alert" className="alert">
          {t('publication.download.failed', { reason: state.reason === 'server' ? t('publication.download.server', { status: state.status }) : t(`publication.download.${state.reason}`) })}
        </p>
      ) : null}
    </div>
  )
}
