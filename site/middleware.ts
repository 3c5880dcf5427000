/**
 * Every page learns its interface language here, as Starlight's pages do: Astro.locals.lang and
 * Astro.locals.t, bound to it, for the layouts and components that belong to the page (header,
 * search, navigation). Runs for each page as the static build renders it.
 */
import { defineMiddleware } from 'astro:middleware';
import { isLang, type Lang } from './lib/lang.ts';
import { translator } from './lib/i18n.ts';

// The root page (/) has no language in its URL: it offers both, and its document is Chinese, the language of the original note.
const ROOT_LANG: Lang = 'zh';

export const onRequest = defineMiddleware((context, next) => {
  const param = context.params['lang'];
  const lang = param !== undefined && isLang(param) ? param : ROOT_LANG;
  context.locals.lang = lang;
  context.locals.t = translator(lang);
  return next();
});
