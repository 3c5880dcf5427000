/** axe-core on every built page, in both colour schemes: no violations. */
import axe from 'axe-core';
import { afterEach, describe, expect, test } from 'vitest';
import { closePages, openPage, site } from './harness.ts';

afterEach(() => {
  closePages();
  localStorage.removeItem('theme');
});

type AxeWindow = Window & { eval(code: string): unknown; axe?: typeof axe };

async function violations(url: string, theme: 'light' | 'dark'): Promise<string[]> {
  localStorage.setItem('theme', theme);
  const page = await openPage(url);
  const win = page.window as unknown as AxeWindow;
  win.eval(axe.source);
  const results = await win.axe!.run(page.document, { resultTypes: ['violations'] });
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id} (${violation.impact}): ${violation.help} — ${node.target.join(' ')}: ${node.failureSummary?.split('\n')[1]?.trim() ?? ''}`),
  );
}

for (const theme of ['light', 'dark'] as const) {
  describe(`axe, ${theme} theme`, () => {
    for (const url of site.pages) {
      test(`finds no violations on ${url}`, async () => {
        expect(await violations(url, theme)).toEqual([]);
      });
    }
  });
}
