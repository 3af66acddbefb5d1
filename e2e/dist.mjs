// The two release builds under test, one per Playwright project: `root` serves `dist/` at the
// site root, `subpath` serves `dist-course/` under /course/. Both folders can be overridden
// (E2E_DIST, E2E_DIST_COURSE) so a second checkout or a helper can test its own builds side by
// side. The one place that says which build and base a project tests.
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';

export const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const PROJECTS = {
  root: { dist: process.env.E2E_DIST ?? 'dist', base: '/' },
  subpath: { dist: process.env.E2E_DIST_COURSE ?? 'dist-course', base: '/course/' },
};

/** The build a project tests: { dist (absolute), base }. */
export function buildFor(project) {
  const build = PROJECTS[project];
  if (!build) throw new Error(`no build for the Playwright project ${project}`);
  return { dist: resolve(repo, build.dist), base: build.base };
}

/** The folder of the build a project tests (absolute). */
export const distFor = (project) => buildFor(project).dist;
