/**
 * The interface dictionaries (site/i18n/<lang>.ts): every key has a string in every language,
 * and every key is named somewhere under site/, so that a string a page no longer shows does not
 * stay behind to be translated. The type system checks the first as well (zh satisfies the
 * Dictionary of en's keys); this catches what it cannot: an empty string, a key nothing reads.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { DICTIONARIES } from '../../site/lib/i18n.ts';
import { LANGS } from '../../site/lib/lang.ts';

const SITE = fileURLToPath(new URL('../../site/', import.meta.url));
const DICTIONARY_DIR = path.join(SITE, 'i18n') + path.sep;

// The site's code, without the dictionaries: keys are named there as quoted literals, t('nav.home').
const sources = readdirSync(SITE, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && /\.(astro|ts)$/.test(entry.name))
  .map((entry) => path.join(entry.parentPath, entry.name))
  .filter((file) => !file.startsWith(DICTIONARY_DIR))
  .map((file) => ({ file: path.relative(SITE, file), text: readFileSync(file, 'utf8') }));

// Every key of any language, so that a key one dictionary lacks is still checked in the others.
const keys = [...new Set(LANGS.flatMap((lang) => Object.keys(DICTIONARIES[lang])))];
const entries = LANGS.flatMap((lang) => keys.map((key) => [lang, key] as const));
const stringOf = (lang: (typeof LANGS)[number], key: string): unknown => (DICTIONARIES[lang] as Record<string, unknown>)[key];

test('there are keys and site files to check', () => {
  // The tests below are made per key: with none found, they would all be missing and nothing fail.
  expect(keys.length).toBeGreaterThan(0);
  expect(sources.map((source) => source.file)).toContain('components/SiteHeader.astro');
});

test.each(keys)('%s is used under site/', (key) => {
  const users = sources.filter((source) => source.text.includes(`'${key}'`)).map((source) => source.file);
  expect(users, `no file under site/ names '${key}': remove it from every dictionary`).not.toEqual([]);
});

test.each(entries)('%s has %s', (lang, key) => {
  expect(typeof stringOf(lang, key), `site/i18n/${lang}.ts has no '${key}'`).toBe('string');
});

// Of the keys a language has (the test above reports the ones it lacks).
const present = entries.filter(([lang, key]) => typeof stringOf(lang, key) === 'string');

test.each(present)('%s: %s is not empty', (lang, key) => {
  expect(String(stringOf(lang, key)).trim(), `site/i18n/${lang}.ts gives '${key}' no text`).not.toBe('');
});
