/** axe-core on every built page that is not Chinese (the English ones, and the root), light and dark: no violations. (The Chinese ones: accessibility-zh.test.ts.) */
import { describeAxeOnPages } from './axe.ts';
import { site } from './harness.ts';

describeAxeOnPages(site.pages.filter((url) => !url.startsWith('/zh/')));
