/** axe-core on every built Chinese page, light and dark: no violations. (The others: accessibility-en.test.ts; two files, so that two workers share them.) */
import { afterEach } from 'vitest';
import { commands } from 'vitest/browser';
import { describeAxeOnPages } from './axe.ts';
import { closePages, site } from './harness.ts';

afterEach(async () => {
  closePages();
  await commands.emulateColorScheme(null);
});

describeAxeOnPages(site.pages.filter((url) => url.startsWith('/zh/')));
