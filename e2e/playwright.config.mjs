// Browser tests against the release builds, served by a plain static server (not trunk serve),
// once at the site root and once under /course/. Debian's chromium; Playwright downloads nothing.
import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from '../scripts/chromium.mjs';
import { buildFor, repo } from './dist.mjs';

const ROOT = buildFor('root');
const SUBPATH = buildFor('subpath');
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
    { name: 'root', use: { baseURL: `http://127.0.0.1:${PORT}${ROOT.base}` } },
    { name: 'subpath', use: { baseURL: `http://127.0.0.1:${PORT + 1}${SUBPATH.base}` } },
  ],
  webServer: [
    {
      command: `node scripts/serve.mjs --dir ${ROOT.dist} --port ${PORT} --base ${ROOT.base}`,
      cwd: repo,
      url: `http://127.0.0.1:${PORT}${ROOT.base}`,
      reuseExistingServer: false,
    },
    {
      command: `node scripts/serve.mjs --dir ${SUBPATH.dist} --port ${PORT + 1} --base ${SUBPATH.base}`,
      cwd: repo,
      url: `http://127.0.0.1:${PORT + 1}${SUBPATH.base}`,
      reuseExistingServer: false,
    },
  ],
});
