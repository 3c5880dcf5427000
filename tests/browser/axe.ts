/** Runs axe-core inside a built page, in a given colour scheme, and lists its violations. */
import axe from 'axe-core';
import { commands } from 'vitest/browser';
import { openPage, showDeferred, type OpenPage } from './harness.ts';

type AxeWindow = Window & { eval(code: string): unknown; axe?: typeof axe };

/** The theme comes from the (emulated) system setting, as for a reader who never toggled it. */
export async function axeViolations(url: string, theme: 'light' | 'dark', size?: { width: number; height: number }): Promise<string[]> {
  await commands.emulateColorScheme(theme);
  return axeOn(await openPage(url, size));
}

/** axe's violations on a page as it is now (after, say, opening the search or the menu), with every deferred part shown. */
export async function axeOn(page: OpenPage): Promise<string[]> {
  await showDeferred(page);
  const win = page.window as unknown as AxeWindow;
  win.eval(axe.source);
  const results = await win.axe!.run(page.document, { resultTypes: ['violations'] });
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id} (${violation.impact}): ${violation.help} — ${node.target.join(' ')}: ${node.failureSummary?.split('\n')[1]?.trim() ?? ''}`),
  );
}
