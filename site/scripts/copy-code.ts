/**
 * Copy buttons on code: the example programs (figure.example .example-code pre) and ordinary code
 * blocks (pre.astro-code). Output panels get none: they are what the program prints, not code.
 * Also makes any code or output block that scrolls sideways reachable from the keyboard.
 */
interface CopyStrings {
  copy: string;
  copyCode: string;
  copied: string;
  failed: string;
}

/** Without clipboard access (an insecure origin), select the code so that Ctrl+C copies it. */
function selectForCopying(element: Element): void {
  const selection = getSelection();
  selection?.removeAllRanges();
  selection?.selectAllChildren(element);
}

/** Whether the page skips laying out what the block holds, for now (content-visibility: auto on it or around it). */
const isSkipped = (block: Element): boolean => !(block.firstElementChild ?? block).checkVisibility({ contentVisibilityAuto: true });

export function setUpCopyButtons(strings: CopyStrings): void {
  const announcer = document.createElement('p');
  announcer.className = 'visually-hidden';
  announcer.setAttribute('role', 'status');
  document.body.append(announcer);

  const blocks = document.querySelectorAll<HTMLPreElement>('.example-code pre, pre.astro-code');
  for (const pre of blocks) {
    let holder = pre.parentElement;
    if (!holder) continue;
    if (!holder.classList.contains('example-code')) {
      // An ordinary code block: wrap it so the button can sit in its corner.
      const wrapper = document.createElement('div');
      wrapper.className = 'code-block';
      holder.insertBefore(wrapper, pre);
      wrapper.append(pre);
      holder = wrapper;
    }
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'copy-button';
    button.textContent = strings.copy;
    button.setAttribute('aria-label', strings.copyCode);
    let reset: ReturnType<typeof setTimeout> | undefined;
    button.addEventListener('click', async () => {
      const code = pre.querySelector('code') ?? pre;
      let message = strings.copied;
      try {
        await navigator.clipboard.writeText(code.textContent ?? '');
        button.dataset['state'] = 'copied';
      } catch {
        selectForCopying(code);
        message = strings.failed;
        button.dataset['state'] = 'failed';
      }
      button.textContent = message;
      announcer.textContent = message;
      clearTimeout(reset);
      reset = setTimeout(() => {
        button.textContent = strings.copy;
        delete button.dataset['state'];
        announcer.textContent = '';
      }, 2000);
    });
    holder.append(button);
  }

  // A block that scrolls sideways must be focusable, or keyboard users cannot scroll it. Blocks
  // that are focusable in the markup (code and output) are left alone. Reading the width of a block
  // the page does not lay out for now (content-visibility) would make the browser lay it out, block
  // by block: such a block stays reachable until it is drawn, and is measured then. Blocks in a
  // closed <details> have no width: they are measured when it opens.
  const markScrollable = (within: ParentNode) => {
    const blocks = [...within.querySelectorAll<HTMLElement>(':is(pre, table):not([tabindex]), [data-scroll-focus]')].filter(
      (block) => !block.closest('details:not([open])'),
    );
    // Every width is read before any attribute is written: a write between two reads makes the
    // browser lay the whole page out again, once per block (seconds on a long page on a phone).
    const scrolls = blocks.map((block) => isSkipped(block) || block.scrollWidth > block.clientWidth + 1);
    for (const [index, block] of blocks.entries()) {
      if (scrolls[index]) {
        if (!block.hasAttribute('tabindex')) {
          block.tabIndex = 0;
          block.dataset['scrollFocus'] = '';
        }
      } else if (block.dataset['scrollFocus'] !== undefined) {
        block.removeAttribute('tabindex');
        delete block.dataset['scrollFocus'];
      }
    }
  };
  const main = document.querySelector('main');
  if (!main) return;
  markScrollable(main);
  addEventListener('resize', () => markScrollable(main), { passive: true });
  // (Neither event bubbles, but both can be caught on their way down.)
  main.addEventListener('toggle', (event) => event.target instanceof HTMLDetailsElement && event.target.open && markScrollable(event.target), { capture: true });
  main.addEventListener(
    'contentvisibilityautostatechange',
    // (Fired only where the browser has content-visibility, and so the event's class.)
    (event) => event instanceof ContentVisibilityAutoStateChangeEvent && !event.skipped && event.target instanceof Element && markScrollable(event.target),
    { capture: true },
  );
}
