import { defineConfig, devices } from '@playwright/test'

// End-to-end tests run against the production build in Debian's Chromium: never a browser download.
const port = Number(process.env.E2E_PORT ?? 3100)
// E2E_BASE_URL points the tests at a server already running (for example `next dev` while developing).
const external = process.env.E2E_BASE_URL
export const baseURL = external ?? `http://localhost:${port}`

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
          args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
        },
      },
    },
  ],
  webServer: external
    ? undefined
    : {
        command: 'tsx scripts/e2e-server.ts',
        url: `${baseURL}/signin`,
        reuseExistingServer: false,
        timeout: 120_000,
        env: { PORT: String(port) },
        stdout: 'pipe',
      },
})
