'use client'
import { useRef, useState } from 'react'
import { useT } from './i18n'

type State =
  | { step: 'idle' }
  | { step: 'preparing' }
  | { step: 'receiving'; percent: number | null }
  | { step: 'saved'; fileName: string }
  | { step: 'failed'; reason: string }

/** The file name the server gave (RFC 6266 `filename*` first), else the one we expected. */
function fileNameOf(response: Response, fallback: string): string {
  const header = response.headers.get('content-disposition') ?? ''
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(header)?.[1]
  if (encoded) {
    try {
      return decodeURIComponent(encoded)
    } catch {
      // a malformed header: keep the expected name
    }
  }
  return /filename="([^"]+)"/i.exec(header)?.[1] ?? fallback
}

/**
 * Downloads a programme's PDF: says that it is being prepared, shows how much has arrived, saves it
 * under the server's file name, and says clearly what went wrong when it fails. Without JavaScript
 * it is a plain download link.
 */
export function PdfDownloadButton({ href, fileName, className }: { href: string; fileName: string; className?: string }) {
  const t = useT()
  const [state, setState] = useState<State>({ step: 'idle' })
  const busy = state.step === 'preparing' || state.step === 'receiving'
  const running = useRef(false)

  async function download() {
    if (running.current) return
    running.current = true
    setState({ step: 'preparing' })
    try {
      let response: Response
      try {
        response = await fetch(href, { credentials: 'same-origin', cache: 'no-store' })
      } catch {
        setState({ step: 'failed', reason: t('publication.download.network') })
        return
      }
      if (!response.ok) {
        const reason =
          response.status === 401
            ? t('publication.download.signedOut')
            : response.status === 403
              ? t('publication.download.forbidden')
              : response.status === 404
                ? t('publication.download.notFound')
                : t('publication.download.server', { status: response.status })
        setState({ step: 'failed', reason })
        return
      }
      const total = Number(response.headers.get('content-length')) || null
      const chunks: Uint8Array<ArrayBuffer>[] = []
      let received = 0
      const reader = response.body?.getReader()
      setState({ step: 'receiving', percent: total ? 0 : null })
      if (reader) {
        for (;;) {
          const { done, value } = await reader.read()
          if (done) break
          chunks.push(value)
          received += value.length
          if (total) setState({ step: 'receiving', percent: Math.min(100, Math.round((received / total) * 100)) })
        }
      } else {
        chunks.push(new Uint8Array(await response.arrayBuffer()))
      }
      const name = fileNameOf(response, fileName)
      const url = URL.createObjectURL(new Blob(chunks, { type: 'application/pdf' }))
      const link = document.createElement('a')
      link.href = url
      link.download = name
      document.body.append(link)
      link.click()
      link.remove()
      setTimeout(() => URL.revokeObjectURL(url), 60_000)
      setState({ step: 'saved', fileName: name })
    } catch {
      setState({ step: 'failed', reason: t('publication.download.network') })
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
    <div className={className} data-testid="pdf-download">
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
          {t('publication.download.failed', { reason: state.reason })}
        </p>
      ) : null}
    </div>
  )
}
