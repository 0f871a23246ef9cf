// @ts-check
// Downloads a file with a progress report, in the browser: used by the application's download button
// (components/pdf-download-button.tsx, through the bundler) and by the public programme pages, which
// load it as it is, without a framework (public-page.js). No words here: the states carry codes, and
// each caller says them in the reader's language.

/**
 * @typedef {'network' | 'signedOut' | 'forbidden' | 'notFound' | 'server'} FailureReason
 * @typedef {{ step: 'preparing' }
 *   | { step: 'receiving', percent: number | null }
 *   | { step: 'saved', fileName: string }
 *   | { step: 'failed', reason: FailureReason, status: number }} DownloadState
 */

/**
 * The file name the server gave (RFC 6266 `filename*` first), else the one expected.
 * @param {Response} response @param {string} fallback
 */
export function fileNameOf(response, fallback) {
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

/** @param {number} status @returns {FailureReason} */
const reasonOf = (status) => (status === 401 ? 'signedOut' : status === 403 ? 'forbidden' : status === 404 ? 'notFound' : 'server')

/**
 * Fetches `href` and saves it under the server's file name, reporting each step to `report`: preparing,
 * receiving (with the percentage when the length is known), saved, or failed with its reason.
 * @param {string} href @param {string} fallbackName @param {string} type @param {(state: DownloadState) => void} report
 */
export async function downloadFile(href, fallbackName, type, report) {
  report({ step: 'preparing' })
  try {
    let response
    try {
      response = await fetch(href, { credentials: 'same-origin', cache: 'no-store' })
    } catch {
      return report({ step: 'failed', reason: 'network', status: 0 })
    }
    if (!response.ok) return report({ step: 'failed', reason: reasonOf(response.status), status: response.status })
    const total = Number(response.headers.get('content-length')) || null
    /** @type {Uint8Array<ArrayBuffer>[]} */
    const chunks = []
    let received = 0
    const reader = response.body?.getReader()
    report({ step: 'receiving', percent: total ? 0 : null })
    if (reader) {
      for (;;) {
        const { done, value } = await reader.read()
        if (done) break
        chunks.push(value)
        received += value.length
        if (total) report({ step: 'receiving', percent: Math.min(100, Math.round((received / total) * 100)) })
      }
    } else {
      chunks.push(new Uint8Array(await response.arrayBuffer()))
    }
    const name = fileNameOf(response, fallbackName)
    const url = URL.createObjectURL(new Blob(chunks, { type }))
    const link = document.createElement('a')
    link.href = url
    link.download = name
    document.body.append(link)
    link.click()
    link.remove()
    setTimeout(() => URL.revokeObjectURL(url), 60_000)
    report({ step: 'saved', fileName: name })
  } catch {
    report({ step: 'failed', reason: 'network', status: 0 })
  }
}
