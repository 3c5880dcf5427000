/**
 * <deferred-content>: makes the markup kept in its <noscript> into elements once it is within
 * a screen or two of the viewport, and all of it before the page is printed.
 */

/** How far ahead of the viewport content is made: a fast scroll should not see it appear. */
const AHEAD = '150% 0px';

let observer: IntersectionObserver | undefined;

export class DeferredContent extends HTMLElement {
  connectedCallback(): void {
    observer ??= new IntersectionObserver(
      (entries) => {
        for (const entry of entries) if (entry.isIntersecting) (entry.target as DeferredContent).show();
      },
      { rootMargin: AHEAD },
    );
    observer.observe(this);
  }

  disconnectedCallback(): void {
    observer?.unobserve(this);
  }

  /** Replaces the kept markup by the elements it describes; once. */
  show(): void {
    const kept = this.querySelector(':scope > noscript');
    observer?.unobserve(this);
    if (!kept) return;
    // With scripting on, the parser keeps a <noscript>'s contents as its text: the markup, as built.
    kept.insertAdjacentHTML('afterend', kept.textContent ?? '');
    kept.remove();
    this.dataset['shown'] = '';
  }
}

/** Shows every deferred part of a document: for printing, and for checks that must see the whole page. */
export function showAllDeferred(root: ParentNode = document): void {
  for (const element of root.querySelectorAll<DeferredContent>('deferred-content')) element.show();
}

export function defineDeferredContent(): void {
  if (customElements.get('deferred-content')) return;
  customElements.define('deferred-content', DeferredContent);
  addEventListener('beforeprint', () => showAllDeferred());
}
