/** Copy buttons on code: example programs and ordinary code blocks, not output panels. */
import { afterEach, describe, expect, test } from 'vitest';
import { commands } from 'vitest/browser';
import { closePages, openPage, site } from './harness.ts';

afterEach(closePages);

test('the copy button of an example program puts exactly the program on the clipboard', async () => {
  const page = await openPage(site.chapters.en[0]!.url);
  const code = page.document.querySelector('figure.example .example-code pre')!.textContent!;
  const button = page.locator.getByRole('button', { name: 'Copy code' }).first();
  await button.hover();
  await button.click();
  expect(await commands.readClipboard()).toBe(code);
  expect(page.document.querySelector('figure.example .copy-button')!.textContent).toBe('Copied');
  expect(page.document.querySelector('[role="status"].visually-hidden')!.textContent).toBe('Copied');
});

test('the button speaks the page’s language', async () => {
  const page = await openPage(site.chapters.zh[0]!.url);
  const button = page.document.querySelector('figure.example .copy-button')!;
  expect(button.getAttribute('aria-label')).toBe('复制代码');
  expect(button.textContent).toBe('复制');
});

test('every example program has one copy button and output panels have none', async () => {
  const page = await openPage(site.chapters.en[0]!.url);
  const figures = page.document.querySelectorAll('figure.example');
  expect(figures.length).toBeGreaterThan(0);
  for (const figure of figures) {
    expect(figure.querySelectorAll('.example-code .copy-button').length).toBe(1);
    expect(figure.querySelectorAll('.example-output .copy-button').length).toBe(0);
  }
});

test(`ordinary code blocks get a copy button too (${site.codeBlockPage})`, async () => {
  // Fails, rather than skips, if no chapter has such a block any more: the check would be lost unnoticed.
  expect(site.codeBlockPage, 'no chapter has a code block outside an example').not.toBeNull();
  const page = await openPage(site.codeBlockPage!);
  const block = [...page.document.querySelectorAll('main pre.astro-code')].find((pre) => !pre.closest('figure.example'));
  expect(block, `no code block outside an example on ${site.codeBlockPage}`).toBeDefined();
  const button = block!.parentElement!.querySelector<HTMLButtonElement>('.copy-button')!;
  expect(button).not.toBeNull();
  button.dataset['testid'] = 'code-block-copy';
  await page.locator.getByTestId('code-block-copy').click();
  expect(await commands.readClipboard()).toBe(block!.textContent);
});

describe('blocks that scroll sideways are reachable from the keyboard', () => {
  const wide = (tag: 'pre' | 'table') => (tag === 'pre' ? `<pre>${'x'.repeat(2000)}</pre>` : `<table><tr><td>${'x'.repeat(2000)}</td></tr></table>`);

  test.each(['pre', 'table'] as const)('a %s that comes to scroll joins the tab order, and leaves it when it fits again', async (tag) => {
    const page = await openPage(site.chapters.en[0]!.url);
    const main = page.document.querySelector('main')!;
    main.insertAdjacentHTML('beforeend', wide(tag));
    const block = main.lastElementChild as HTMLElement;
    page.window.dispatchEvent(new Event('resize'));
    expect(block.tabIndex).toBe(0);
    expect(block.getAttribute('tabindex')).toBe('0');
    block.textContent = 'x';
    page.window.dispatchEvent(new Event('resize'));
    expect(block.hasAttribute('tabindex')).toBe(false);
  });

  test('a block in a closed <details> is measured when the details opens', async () => {
    const page = await openPage(site.chapters.en[0]!.url);
    const main = page.document.querySelector('main')!;
    main.insertAdjacentHTML('beforeend', `<details><summary>more</summary>${wide('pre')}</details>`);
    const details = main.lastElementChild as HTMLDetailsElement;
    page.window.dispatchEvent(new Event('resize'));
    expect(details.querySelector('pre')!.hasAttribute('tabindex')).toBe(false);
    details.open = true;
    await new Promise((resolve) => details.addEventListener('toggle', resolve, { once: true }));
    expect(details.querySelector('pre')!.getAttribute('tabindex')).toBe('0');
  });

  test('a block the page skips for now is reachable until drawn, then measured', async () => {
    const page = await openPage(site.chapters.en[0]!.url);
    const main = page.document.querySelector('main')!;
    // Far below the screen, so that the browser skips it; the table in it fits.
    main.insertAdjacentHTML('beforeend', '<div style="content-visibility: auto; contain-intrinsic-size: auto 100px; margin-top: 300vh"><table><tr><td>x</td></tr></table></div>');
    const holder = main.lastElementChild as HTMLElement;
    const table = holder.querySelector('table')!;
    const stateChange = (skipped: boolean) =>
      new Promise<void>((resolve) =>
        holder.addEventListener('contentvisibilityautostatechange', function listen(event) {
          if ((event as ContentVisibilityAutoStateChangeEvent).skipped !== skipped) return;
          holder.removeEventListener('contentvisibilityautostatechange', listen);
          resolve();
        }),
      );
    await stateChange(true);
    page.window.dispatchEvent(new Event('resize'));
    expect(table.getAttribute('tabindex')).toBe('0');
    const drawn = stateChange(false);
    holder.scrollIntoView();
    await drawn;
    expect(table.hasAttribute('tabindex')).toBe(false);
  });
});
