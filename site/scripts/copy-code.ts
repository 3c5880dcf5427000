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
  const markScrollable = () => {
    const blocks = [...document.querySelectorAll<HTMLElement>('main pre, main table')];
    // Every width is read before any attribute is written: a write between two reads makes the
    // browser lay the whole page out again, once per block (seconds on a long page on a phone).
    const scrolls = blocks.map((block) => block.scrollWidth > block.clientWidth + 1);
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
  markScrollable();
  addEventListener('resize', markScrollable, { passive: true });
}
