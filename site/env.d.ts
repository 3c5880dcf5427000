/** What site/middleware.ts gives every page and component through Astro.locals. */
declare namespace App {
  interface Locals {
    /** The page's interface language (on the side-by-side view, a column's content may be in the other). */
    lang: import('./lib/lang.ts').Lang;
    /** t() bound to that language. */
    t: import('./lib/i18n.ts').Translate;
    /** Set by the side-by-side view: its timelines are fetched as page parts rather than carried in the page. */
    fetchTimelines?: boolean;
  }
}
