/**
 * Global setup of the browser tests: build the site under a sub-path once (shared with the "site"
 * project), then tell the tests what was built. The pages themselves are served by the test server
 * (serve-site.ts), on 127.0.0.1, under that path.
 */
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { buildSite, SUB_PATH_BUILD } from '../site/build-site.ts';
import { readSite, type SiteInfo } from './site-info.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    site: SiteInfo;
  }
}

export function setup(project: TestProject): void {
  buildSite(SUB_PATH_BUILD);
  project.provide('site', readSite(fileURLToPath(new URL('../../', import.meta.url)), SUB_PATH_BUILD));
}
