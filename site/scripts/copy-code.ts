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

/** How long one batch of width measures may take before the page gets the main thread back. */
const BATCH_MS = 15;

/** Without clipboard access (an insecure origin), select the code so that Ctrl+C copies it. */
function selectForCopying(element: Element): void {
  const selection = getSelection();
  selection?.removeAllRanges();
  selection?.selectAllChildren(element);
}

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

  // A block that scrolls sideways must be focusable, or keyboard users cannot scroll it. Whether it
  // scrolls is a measure, and on a side-by-side page most blocks are in rows the browser has not
  // laid out yet (content-visibility): each read lays its row out. So the blocks are measured a few
  // at a time, yielding between (one pass over a long page would block the main thread for about
  // a second on a phone), and every width of a batch is read before any attribute is written.
  let pass = 0;
  const markScrollable = async () => {
    const current = ++pass;
    delete document.documentElement.dataset['scrollablesMarked'];
    const blocks = [...document.querySelectorAll<HTMLElement>('main pre, main table')];
    for (let next = 0; next < blocks.length; ) {
      const started = performance.now();
      const batch: Array<[HTMLElement, boolean]> = [];
      while (next < blocks.length && performance.now() - started < BATCH_MS) {
        const block = blocks[next++]!;
        batch.push([block, block.scrollWidth > block.clientWidth + 1]);
      }
      for (const [block, scrolls] of batch) {
        if (scrolls) {
          if (!block.hasAttribute('tabindex')) {
            block.tabIndex = 0;
            block.dataset['scrollFocus'] = '';
          }
        } else if (block.dataset['scrollFocus'] !== undefined) {
          block.removeAttribute('tabindex');
          delete block.dataset['scrollFocus'];
        }
      }
      await new Promise((resolve) => setTimeout(resolve));
      if (current !== pass) return; // a resize started a new pass
    }
    // For checks that must see the page as a keyboard user finds it (the axe tests wait for this).
    document.documentElement.dataset['scrollablesMarked'] = '';
  };
  void markScrollable();
  addEventListener('resize', () => void markScrollable(), { passive: true });
}
