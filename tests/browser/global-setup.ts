/**
 * Global setup of the browser tests: build the site once (shared with the "site" project), then
 * tell the tests what was built. The pages themselves are served from dist/ by the test server
 * (serve-site.ts), on 127.0.0.1.
 */
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { setup as buildSite } from '../site/build-site.ts';
import { readSite, type SiteInfo } from './site-info.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    site: SiteInfo;
  }
}

export function setup(project: TestProject): void {
  buildSite();
  project.provide('site', readSite(fileURLToPath(new URL('../../', import.meta.url))));
}
