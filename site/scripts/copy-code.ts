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

/** Whether the page skips laying out what the block holds, for now (content-visibility: auto). */
const isSkipped = (block: Element): boolean =>
  block.firstElementChild !== null && !block.firstElementChild.checkVisibility({ contentVisibilityAuto: true });

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

  // A block that scrolls sideways must be focusable, or keyboard users cannot scroll it.
  const markScrollable = (blocks: HTMLElement[]) => {
    // Every width is read before any attribute is written: a write between two reads makes the
    // browser lay the whole page out again, once per block (seconds on a long page on a phone).
    // A block the page does not lay out while it is off screen (content-visibility: auto) has no
    // width to read: it stays reachable until it comes near and is measured (below).
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
  const scrollable = 'main pre, main table';
  const markAll = () => markScrollable([...document.querySelectorAll<HTMLElement>(scrollable)]);
  markAll();
  addEventListener('resize', markAll, { passive: true });
  document.addEventListener(
    'contentvisibilityautostatechange',
    (event) => {
      const block = event.target;
      // (Fired only where the browser has content-visibility, and so the event's class.)
      if (event instanceof ContentVisibilityAutoStateChangeEvent && !event.skipped && block instanceof HTMLElement && block.matches(scrollable)) markScrollable([block]);
    },
    { capture: true },
  );
}
