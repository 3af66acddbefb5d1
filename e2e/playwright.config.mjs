// Browser tests against the release builds, served by a plain static server (not trunk serve),
// once at the site root and once under /course/. Debian's chromium; Playwright downloads nothing.
import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from '../scripts/chromium.mjs';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// Overridable so a second checkout or a helper can test its own build side by side.
const DIST = process.env.E2E_DIST ?? 'dist';
const DIST_COURSE = process.env.E2E_DIST_COURSE ?? 'dist-course';
const PORT = Number(process.env.E2E_PORT ?? 4173);

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
    launchOptions: chromiumLaunchOptions,
    trace: 'off',
  },
  projects: [
    { name: 'root', use: { baseURL: `http://127.0.0.1:${PORT}/` } },
    { name: 'subpath', use: { baseURL: `http://127.0.0.1:${PORT + 1}/course/` } },
  ],
  webServer: [
    {
      command: `node scripts/serve.mjs --dir ${DIST} --port ${PORT} --base /`,
      cwd: repo,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: false,
    },
    {
      command: `node scripts/serve.mjs --dir ${DIST_COURSE} --port ${PORT + 1} --base /course/`,
      cwd: repo,
      url: `http://127.0.0.1:${PORT + 1}/course/`,
      reuseExistingServer: false,
    },
  ],
});
