/** axe-core on every built page, dark theme: no violations. (Light: accessibility-light.test.ts.) */
import { afterEach, describe, expect, test } from 'vitest';
import { commands } from 'vitest/browser';
import { axeViolations } from './axe.ts';
import { closePages, site } from './harness.ts';

afterEach(async () => {
  closePages();
  await commands.emulateColorScheme(null);
});

describe('axe, dark theme', () => {
  for (const url of site.pages) {
    test(`finds no violations on ${url}`, async () => {
      expect(await axeViolations(url, 'dark')).toEqual([]);
    });
  }
});
