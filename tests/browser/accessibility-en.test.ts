/** axe-core on every built page that is not Chinese (the English ones, and the root), light and dark: no violations. (The Chinese ones: accessibility-zh.test.ts.) */
import { afterEach } from 'vitest';
import { commands } from 'vitest/browser';
import { describeAxeOnPages } from './axe.ts';
import { closePages, site } from './harness.ts';

afterEach(async () => {
  closePages();
  await commands.emulateColorScheme(null);
});

describeAxeOnPages(site.pages.filter((url) => !url.startsWith('/zh/')));
