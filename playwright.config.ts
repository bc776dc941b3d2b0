import { defineConfig, devices } from '@playwright/test';
import { findChromium } from './scripts/chromium.mjs';

// ATLAS_TEST_PORT lets two checkouts run their suites side by side.
const PORT = Number(process.env.ATLAS_TEST_PORT) || 4321;
const executablePath = findChromium();

export default defineConfig({
  testDir: './e2e',
  // Two workers for two cores: the whole-site crawls are split into groups the workers share, and
  // specs that must run in order say so themselves (test.describe.configure({ mode: 'serial' })).
  workers: 2,
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  reporter: [['list'], ['./e2e/summary-reporter.ts']],
  timeout: 30_000,
  use: {
    baseURL: `http://localhost:${PORT}`,
    launchOptions: executablePath ? { executablePath } : {},
    trace: 'off',
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions: executablePath ? { executablePath } : {} } }],
  webServer: {
    // The project's own static server over dist/ (scripts/serve.ts), not `astro preview`: the same
    // files, 404 page and headers, for a quarter of the CPU per request (issue #19; a developer's
    // own `npm start` preview may still run beside the tests on its own port).
    command: `node scripts/serve.ts --port ${PORT} dist`,
    url: `http://localhost:${PORT}/en/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
