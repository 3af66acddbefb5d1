// The strings the app, the build scripts and the tests agree on: `src/contracts.json`, written by
// build.rs from `src/contracts.rs` (their one definition). Import from here, never spell them out.
import { readFileSync } from 'node:fs';

export const contracts = JSON.parse(readFileSync(new URL('../src/contracts.json', import.meta.url), 'utf8'));

/** The attribute selector for `<html data-app="ready">`: the app has taken the page over. */
export const APP_READY_SELECTOR = `[${contracts.appAttribute}="${contracts.appReady}"]`;

/** A base path as every script uses it: leading and trailing slash ("/" or "/course/"). */
export function normaliseBase(base = '/') {
  const lead = base.startsWith('/') ? base : `/${base}`;
  return lead.endsWith('/') ? lead : `${lead}/`;
}
