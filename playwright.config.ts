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
    // --ignore-lock: a developer's own `npm start` preview may be running beside the tests.
    command: `astro preview --port ${PORT} --host 127.0.0.1 --ignore-lock`,
    url: `http://localhost:${PORT}/en/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    env: { ASTRO_PREVIEW_BACKGROUND: '0', ASTRO_TELEMETRY_DISABLED: '1' },
  },
});
