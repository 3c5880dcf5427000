/**
 * The interface strings: one dictionary per language (site/i18n/<lang>.ts), read through t().
 * A page's own components take theirs from Astro.locals.t, bound to the page's language by
 * site/middleware.ts; the components of a chapter are given their column's language (the
 * side-by-side view shows both) and bind it with translator(). Page content lives in content/<lang>/.
 */
import en, { type Dictionary } from '../i18n/en.ts';
import zh from '../i18n/zh.ts';
import type { Lang } from './lang.ts';

export const DICTIONARIES: Record<Lang, Dictionary> = { zh, en };
export const HTML_LANG: Record<Lang, string> = { zh: 'zh-CN', en: 'en' };

export type StringKey = keyof Dictionary;
export type Values = Record<string, string | number>;
export type Translate = (key: StringKey, values?: Values) => string;

/** A string of the interface; placeholders without a value stay as they are (for templates used by scripts). */
export function t(lang: Lang, key: StringKey, values: Values = {}): string {
  return DICTIONARIES[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

export const translator =
  (lang: Lang): Translate =>
  (key, values) =>
    t(lang, key, values);

/** A string cut at its placeholders, so that a template can put an element where one stands: "a {repo} b" → ["a ", "{repo}", " b"]. */
export const pieces = (text: string): string[] => text.split(/(\{\w+\})/);

export const otherLang = (lang: Lang): Lang => (lang === 'zh' ? 'en' : 'zh');
