// @ts-check
// Signs out through next-auth's own endpoint (a POST with its CSRF token), without next-auth's client
// library: used by the application's sign-out button (components/sign-out-button.tsx, through the
// bundler) and by the public programme pages' script (public-page.js), which load it as it is.
// The caller then goes to the sign-in page its own way.
export async function signOut() {
  const { csrfToken } = await (await fetch('/api/auth/csrf')).json()
  await fetch('/api/auth/signout', {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ csrfToken, callbackUrl: '/signin', json: 'true' }),
  })
}
