/**
 * Navigation behaviour: the phone menu, the language switch that keeps the reader's section,
 * and the on-page contents that marks the section being read.
 */

/**
 * Where sections start, in order: both languages share their ids. In the side-by-side view the
 * rows carry the shared ids.
 */
function sectionHeadings(): HTMLElement[] {
  const rows = [...document.querySelectorAll<HTMLElement>('main [data-section][id]')];
  return rows.length > 0 ? rows : [...document.querySelectorAll<HTMLElement>('main :is(h2, h3, h4)[id]')];
}

/**
 * The id of the section being read ('' above the first one): the last heading that has passed the
 * top of the screen; the linked section while its heading is on screen; at the very bottom of the
 * page, the last heading on screen.
 */
function currentSection(headings: HTMLElement[]): string {
  const line = (document.querySelector('.site-header')?.getBoundingClientRect().bottom ?? 0) + 24;
  const onScreen = (heading: HTMLElement) => {
    const { top, bottom } = heading.getBoundingClientRect();
    return bottom > 0 && top < innerHeight;
  };
  const target = location.hash.length > 1 ? headings.find((heading) => `#${heading.id}` === decodeURIComponent(location.hash)) : undefined;
  if (target && onScreen(target)) return target.id;
  const atBottom = scrollY > 0 && innerHeight + scrollY >= document.documentElement.scrollHeight - 2;
  let current = '';
  for (const heading of headings) {
    const top = heading.getBoundingClientRect().top;
    if (top <= line || (atBottom && top < innerHeight)) current = heading.id;
  }
  return current;
}

export function setUpNavigation(): void {
  const headings = sectionHeadings();

  // The language switch carries the current section's id: the other language has the same one.
  const switches = [...document.querySelectorAll<HTMLAnchorElement>('[data-language-switch]')];
  const keepSection = () => {
    const id = currentSection(headings);
    for (const link of switches) link.hash = id;
  };
  for (const link of switches) {
    link.addEventListener('pointerdown', keepSection);
    link.addEventListener('focus', keepSection);
    link.addEventListener('click', keepSection);
  }

  // On-page contents: mark the entry of the section being read.
  const tocLinks = [...document.querySelectorAll<HTMLAnchorElement>('[data-toc] a[href^="#"]')];
  const markToc = () => {
    const id = currentSection(headings);
    for (const link of tocLinks) {
      if (link.hash === `#${id}` && id !== '') link.setAttribute('aria-current', 'location');
      else link.removeAttribute('aria-current');
    }
  };

  let queued = false;
  addEventListener(
    'scroll',
    () => {
      if (queued) return;
      queued = true;
      requestAnimationFrame(() => {
        queued = false;
        keepSection();
        markToc();
      });
    },
    { passive: true },
  );
  addEventListener('hashchange', () => {
    keepSection();
    markToc();
  });
  keepSection();
  markToc();

  // Phone layout: the chapter list is behind a menu button.
  const button = document.querySelector<HTMLButtonElement>('[data-menu-button]');
  const menu = button ? document.getElementById(button.getAttribute('aria-controls') ?? '') : null;
  if (button && menu) {
    const setOpen = (open: boolean) => {
      button.setAttribute('aria-expanded', String(open));
      menu.toggleAttribute('data-open', open);
      document.documentElement.toggleAttribute('data-menu-open', open);
    };
    button.addEventListener('click', () => setOpen(button.getAttribute('aria-expanded') !== 'true'));
    menu.addEventListener('click', (event) => {
      if ((event.target as Element).closest('a')) setOpen(false);
    });
    // A tap outside the open menu (on the dimmed page) closes it.
    document.addEventListener('click', (event) => {
      const target = event.target as Element;
      if (button.getAttribute('aria-expanded') === 'true' && !menu.contains(target) && !button.contains(target)) setOpen(false);
    });
    addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && button.getAttribute('aria-expanded') === 'true') {
        setOpen(false);
        button.focus();
      }
    });
    matchMedia('(min-width: 50.01rem)').addEventListener('change', (event) => {
      if (event.matches) setOpen(false);
    });
  }
}
