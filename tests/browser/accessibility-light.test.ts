/** axe-core on every built page, light theme: no violations. (Dark: accessibility-dark.test.ts.) */
import { afterEach, describe, expect, test } from 'vitest';
import { commands } from 'vitest/browser';
import { axeViolations } from './axe.ts';
import { closePages, site } from './harness.ts';

afterEach(async () => {
  closePages();
  await commands.emulateColorScheme(null);
});

describe('axe, light theme', () => {
  for (const url of site.pages) {
    test(`finds no violations on ${url}`, async () => {
      expect(await axeViolations(url, 'light')).toEqual([]);
    });
  }
});
