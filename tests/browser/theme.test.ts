/** Dark mode: follows the system setting, can be toggled, and the choice is kept. */
import { afterEach, expect, test } from 'vitest';
import { commands } from 'vitest/browser';
import { closePages, openPage, type OpenPage } from './harness.ts';

afterEach(async () => {
  closePages();
  localStorage.removeItem('theme');
  await commands.emulateColorScheme(null);
});

/** The page background's lightness, 0 (black) to 255 (white). */
const background = (page: OpenPage) => {
  const [r, g, b] = page.window.getComputedStyle(page.document.body).backgroundColor.match(/\d+/g)!.map(Number);
  return (r! + g! + b!) / 3;
};

test('follows the system’s dark setting', async () => {
  await commands.emulateColorScheme('dark');
  const page = await openPage('/zh/threads/');
  expect(background(page)).toBeLessThan(60);
  expect(page.document.querySelector('[data-theme-toggle]')!.getAttribute('aria-pressed')).toBe('true');
});

test('follows the system’s light setting', async () => {
  await commands.emulateColorScheme('light');
  const page = await openPage('/zh/threads/');
  expect(background(page)).toBeGreaterThan(200);
  expect(page.document.querySelector('[data-theme-toggle]')!.getAttribute('aria-pressed')).toBe('false');
});

test('the toggle switches a light page to dark, code included, and the choice survives a reload', async () => {
  await commands.emulateColorScheme('light');
  const page = await openPage('/en/threads/');
  // A token whose two themes give it different colours.
  const keyword = [...page.document.querySelectorAll<HTMLElement>('.example-code pre span[style*="--shiki-dark"]')].find(
    (span) => span.style.getPropertyValue('--shiki-light').toLowerCase() !== span.style.getPropertyValue('--shiki-dark').toLowerCase(),
  )!;
  const lightColour = page.window.getComputedStyle(keyword).color;
  await page.locator.getByRole('button', { name: 'Dark mode' }).click();
  expect(background(page)).toBeLessThan(60);
  expect(page.window.getComputedStyle(keyword).color).not.toBe(lightColour);
  expect(localStorage.getItem('theme')).toBe('dark');
  closePages();
  const again = await openPage('/zh/');
  expect(background(again)).toBeLessThan(60);
  expect(again.document.querySelector('[data-theme-toggle]')!.getAttribute('aria-pressed')).toBe('true');
});

test('toggling back to what the system uses forgets the choice, so the page follows the system again', async () => {
  await commands.emulateColorScheme('dark');
  const page = await openPage('/en/');
  const toggle = page.locator.getByRole('button', { name: 'Dark mode' });
  await toggle.click();
  expect(background(page)).toBeGreaterThan(200);
  expect(localStorage.getItem('theme')).toBe('light');
  await toggle.click();
  expect(background(page)).toBeLessThan(60);
  expect(localStorage.getItem('theme')).toBeNull();
});
