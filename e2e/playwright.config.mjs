// Browser tests against the release builds, served by a plain static server (not trunk serve),
// once at the site root and once under /course/. Debian's chromium; Playwright downloads nothing.
import { defineConfig } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// Overridable so a second checkout or a helper can test its own build side by side.
const DIST = process.env.E2E_DIST ?? 'dist';
const DIST_COURSE = process.env.E2E_DIST_COURSE ?? 'dist-course';
const PORT = Number(process.env.E2E_PORT ?? 4173);
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export default defineConfig({
  testDir: '.',
  testMatch: /.*\.spec\.mjs$/,
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    browserName: 'chromium',
    launchOptions: { executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS },
    trace: 'off',
  },
  projects: [
    { name: 'root', use: { baseURL: `http://127.0.0.1:${PORT}/` } },
    { name: 'subpath', use: { baseURL: `http://127.0.0.1:${PORT + 1}/course/` } },
  ],
  webServer: [
    {
      command: `node e2e/serve.mjs --dir ${DIST} --port ${PORT} --base /`,
      cwd: repo,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: false,
    },
    {
      command: `node e2e/serve.mjs --dir ${DIST_COURSE} --port ${PORT + 1} --base /course/`,
      cwd: repo,
      url: `http://127.0.0.1:${PORT + 1}/course/`,
      reuseExistingServer: false,
    },
  ],
});
