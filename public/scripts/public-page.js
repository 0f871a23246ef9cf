// @ts-check
// The one script of the public programme pages (app/published), which are served as documents, without
// a framework (lib/cached-pages.mjs's documentOnly). The page reads the same without it; with it:
// - the menu button opens and closes the header's links on a phone;
// - the signed-in part of the header, asked for from the server (/api/header, in the page's language):
//   the person's links, their unread notifications, who they are and a sign-out button; else "Sign in";
// - the PDF is downloaded with its progress and a clear message when it fails (./download.js), as the
//   application's download button does (components/pdf-download-button.tsx).
// Every word comes from the page (components/public-header.tsx) or from the server: none is written here.
import { downloadFile } from './download.js'
import { signOut } from './sign-out.js'

const header = /** @type {HTMLElement | null} */ (document.querySelector('[data-public-header]'))

/** "Receiving the PDF… {percent}%" with its values. @param {string} words @param {Record<string, string | number>} values */
const fill = (words, values) => words.replace(/\{(\w+)\}/g, (whole, name) => (name in values ? String(values[name]) : whole))

/** An element with its attributes and children. @param {string} tag @param {Record<string, string>} attributes @param {(Node | string)[]} children */
function element(tag, attributes = {}, ...children) {
  const node = document.createElement(tag)
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value)
  node.append(...children)
  return node
}

function menu() {
  const toggle = header?.querySelector('.menu-toggle')
  const links = header?.querySelector('.site-menu')
  if (!toggle || !links) return
  /** @param {boolean} open */
  const show = (open) => {
    toggle.setAttribute('aria-expanded', String(open))
    links.classList.toggle('open', open)
  }
  toggle.addEventListener('click', () => show(toggle.getAttribute('aria-expanded') !== 'true'))
  // Following a link closes the menu.
  links.addEventListener('click', (event) => {
    if (event.target instanceof Element && event.target.closest('a')) show(false)
  })
}

async function leave() {
  await signOut()
  // A page load: this page runs no framework and its router.
  // eslint-disable-next-line @next/next/no-location-assign-relative-destination
  window.location.assign('/signin')
}

/** @typedef {import('../../lib/site-header').HeaderWords} HeaderWords */

async function account() {
  const who = header?.querySelector('[data-header-account]')
  const list = header?.querySelector('[data-header-links]')
  if (!header || !who || !list) return
  /** @type {HeaderWords | null} */
  let person = null
  try {
    const response = await fetch(`/api/header?lang=${encodeURIComponent(header.dataset.language ?? '')}`, { cache: 'no-store' })
    person = response.ok ? await response.json() : null
  } catch {
    // Unreachable: shown as signed out.
  }
  if (!person) {
    who.querySelector('[data-signed-out]')?.removeAttribute('hidden')
    return
  }
  list.replaceChildren(...person.links.map((link) => element('li', {}, element('a', { href: link.href }, link.label))))
  const notifications = element('a', { href: '/notifications', 'data-testid': 'notifications-link' }, person.notifications)
  if (person.unread > 0) {
    notifications.append(
      element('span', { class: header.dataset.badgeClass ?? '', 'aria-hidden': 'true', 'data-testid': 'unread-badge' }, String(person.unread)),
      element('span', { class: 'sr-only' }, person.unreadText),
    )
  }
  const signOutButton = element('button', { type: 'button', class: 'secondary' }, person.signOut)
  signOutButton.addEventListener('click', () => void leave())
  who.append(notifications, element('span', { 'data-testid': 'signed-in-as' }, person.signedInAs), signOutButton)
}

function downloads() {
  /** @type {Record<string, string>} */
  const words = JSON.parse(header?.dataset.downloadWords ?? '{}')
  for (const block of document.querySelectorAll('[data-pdf-download]')) {
    const link = block.querySelector('a')
    const status = block.querySelector('[role="status"]')
    if (!link || !status) continue
    let running = false
    link.addEventListener('click', (event) => {
      event.preventDefault()
      if (running) return
      running = true
      const label = link.textContent ?? ''
      block.querySelector('[role="alert"]')?.remove()
      block.querySelector('progress')?.remove()
      void downloadFile(link.href, link.getAttribute('download') ?? '', 'application/pdf', (state) => {
        const busy = state.step === 'preparing' || state.step === 'receiving'
        link.textContent = busy ? (words.preparing ?? label) : label
        if (busy) link.setAttribute('aria-disabled', 'true')
        else link.removeAttribute('aria-disabled')
        if (state.step === 'receiving' && state.percent !== null) {
          const bar = block.querySelector('progress') ?? status.insertAdjacentElement('beforebegin', element('progress', { max: '100', 'aria-hidden': 'true' }))
          bar?.setAttribute('value', String(state.percent))
        } else block.querySelector('progress')?.remove()
        status.textContent =
          state.step === 'preparing' || (state.step === 'receiving' && state.percent === null)
            ? (words.preparing ?? '')
            : state.step === 'receiving'
              ? fill(words.receiving ?? '', { percent: state.percent ?? 0 })
              : state.step === 'saved'
                ? fill(words.saved ?? '', { file: state.fileName })
                : ''
        if (state.step === 'failed') {
          const reason = state.reason === 'server' ? fill(words.server ?? '', { status: state.status }) : (words[state.reason] ?? '')
          block.append(element('p', { role: 'alert', class: 'alert' }, fill(words.failed ?? '', { reason })))
        }
        if (!busy) running = false
      })
    })
  }
}

// Served by `next dev`, the page is not made a document (it is cached only in production): React runs
// it, and the download button is React's; the header shows no signed-in part there.
if (!('__next_f' in window)) {
  menu()
  downloads()
  void account()
}
