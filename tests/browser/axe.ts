/** Runs axe-core inside a built page, in a given colour scheme, and lists its violations. */
import axe from 'axe-core';
import { afterEach, describe, expect, test } from 'vitest';
import { commands } from 'vitest/browser';
import { closePages, openPage, showDeferred, type OpenPage } from './harness.ts';

type AxeWindow = Window & { eval(code: string): unknown; axe?: typeof axe };

/** The theme comes from the (emulated) system setting, as for a reader who never toggled it. */
export async function axeViolations(url: string, theme: 'light' | 'dark', size?: { width: number; height: number }): Promise<string[]> {
  await commands.emulateColorScheme(theme);
  return axeOn(await openPage(url, size));
}

/**
 * axe's violations on a page in the light scheme, and then in the dark one without loading it again:
 * the page follows the system setting live (tokens.css's light-dark(), theme.ts listens for the
 * change), so what axe sees after the switch is what a reader in dark mode sees on arrival. One
 * load and one parse of axe instead of two.
 */
export async function axeViolationsLightAndDark(url: string): Promise<{ light: string[]; dark: string[] }> {
  await commands.emulateColorScheme('light');
  const page = await openPage(url);
  const light = await axeOn(page);
  const background = () => page.window.getComputedStyle(page.document.body).backgroundColor;
  const lightBackground = background();
  const scheme = page.window.matchMedia('(prefers-color-scheme: dark)');
  // Fired after the page's own listeners (theme.ts registered first), so the switch is complete.
  const switched = new Promise((resolve) => scheme.addEventListener('change', resolve, { once: true }));
  await commands.emulateColorScheme('dark');
  await switched;
  if (background() === lightBackground) throw new Error(`${page.where}: the background stayed ${lightBackground} in the dark scheme`);
  return { light, dark: await axeOn(page) };
}

/** axe's violations on a page as it is now (after, say, opening the search or the menu), with every deferred part shown. */
export async function axeOn(page: OpenPage): Promise<string[]> {
  await showDeferred(page);
  const win = page.window as unknown as AxeWindow;
  if (!win.axe) win.eval(axe.source);
  const results = await win.axe!.run(page.document, { resultTypes: ['violations'] });
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id} (${violation.impact}): ${violation.help} — ${node.target.join(' ')}: ${node.failureSummary?.split('\n')[1]?.trim() ?? ''}`),
  );
}

/** One test per page: no violations in light, nor in dark. Each page is closed after its test, and the scheme given back to the system. */
export function describeAxeOnPages(pages: string[]): void {
  describe('axe, light and then dark', () => {
    afterEach(async () => {
      closePages();
      await commands.emulateColorScheme(null);
    });
    test('has pages to check', () => {
      expect(pages.length).toBeGreaterThan(0);
    });
    for (const url of pages) {
      test(`finds no violations on ${url}`, async () => {
        expect(await axeViolationsLightAndDark(url)).toEqual({ light: [], dark: [] });
      });
    }
  });
}
