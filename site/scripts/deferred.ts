/**
 * <deferred-content>: makes its markup into elements once it is within a screen or two of the
 * viewport, and all of it before the page is printed. The markup is kept in its <noscript>, or,
 * with data-from, fetched from that URL (a page part by itself): the side-by-side view would
 * otherwise carry every timeline twice. Those are fetched when the page is idle after loading,
 * so that printing and a fast scroll find them at hand.
 */

/** How far ahead of the viewport content is made: a fast scroll should not see it appear. */
const AHEAD = '150% 0px';

let observer: IntersectionObserver | undefined;

export class DeferredContent extends HTMLElement {
  #fetched: string | undefined;
  #fetching: Promise<void> | undefined;

  connectedCallback(): void {
    observer ??= new IntersectionObserver(
      (entries) => {
        for (const entry of entries) if (entry.isIntersecting) void (entry.target as DeferredContent).show();
      },
      { rootMargin: AHEAD },
    );
    observer.observe(this);
  }

  disconnectedCallback(): void {
    observer?.unobserve(this);
  }

  /**
   * Fetches the markup of a part kept at data-from, once. If it cannot be had, the part shows what
   * its <noscript> offers a reader without scripts: a link to where the content is.
   */
  fetchMarkup(): Promise<void> {
    const from = this.dataset['from'];
    if (from === undefined) return Promise.resolve();
    this.#fetching ??= fetch(from)
      .then((response) => (response.ok ? response.text() : Promise.reject(new Error(`${from}: HTTP ${response.status}`))))
      .catch((error: unknown) => {
        console.error('deferred-content:', error);
        return this.querySelector(':scope > noscript')?.textContent ?? '';
      })
      .then((markup) => {
        this.#fetched = markup;
      });
    return this.#fetching;
  }

  /** Replaces the kept markup by the elements it describes, once: at once when the markup is at hand, else when it has been fetched. */
  async show(): Promise<void> {
    observer?.unobserve(this);
    if (this.dataset['from'] !== undefined && this.#fetched === undefined) await this.fetchMarkup();
    const kept = this.querySelector(':scope > noscript');
    if (!kept) return;
    // With scripting on, the parser keeps a <noscript>'s contents as its text: the markup, as built.
    kept.insertAdjacentHTML('afterend', this.#fetched ?? kept.textContent ?? '');
    kept.remove();
    this.dataset['shown'] = '';
  }
}

const allDeferred = (root: ParentNode) => [...root.querySelectorAll<DeferredContent>('deferred-content')];

/**
 * Shows every deferred part of a document: for printing (which cannot wait, so it gets what is at
 * hand), and for checks that must see the whole page (which wait for the promise).
 */
export async function showAllDeferred(root: ParentNode = document): Promise<void> {
  await Promise.all(allDeferred(root).map((part) => part.show()));
}

export function defineDeferredContent(): void {
  if (customElements.get('deferred-content')) return;
  customElements.define('deferred-content', DeferredContent);
  addEventListener('beforeprint', () => void showAllDeferred());
  const whenIdle = globalThis.requestIdleCallback ?? ((callback: () => void) => setTimeout(callback, 200));
  const fetchAll = () => whenIdle(() => allDeferred(document).forEach((part) => void part.fetchMarkup()));
  if (document.readyState === 'complete') fetchAll();
  else addEventListener('load', fetchAll, { once: true });
}
