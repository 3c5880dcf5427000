/** axe-core on every built Chinese page, light and dark: no violations. (The others: accessibility-en.test.ts; two files, so that two workers share them.) */
import { describeAxeOnPages } from './axe.ts';
import { site } from './harness.ts';

describeAxeOnPages(site.pages.filter((url) => url.startsWith('/zh/')));
