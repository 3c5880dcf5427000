/**
 * <example-run>: the Run and Edit buttons under an example's documented output. This part is
 * loaded with the page and does nothing but wait: the controller (and through it Pyodide, and
 * CodeMirror for Edit) is imported when the reader asks for it. Pointing at Run starts loading
 * Pyodide, so that a click finds it under way.
 */
import type { Controller } from './controller.ts';

export class ExampleRun extends HTMLElement {
  #controller: Promise<Controller> | undefined;

  connectedCallback(): void {
    this.querySelector('[data-action="run"]')?.addEventListener('pointerenter', () => void this.#load().then((controller) => controller.prepare()), { once: true });
    this.addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLButtonElement>('button[data-action]');
      if (button) void this.#load().then((controller) => controller.act(button.dataset['action']!));
    });
  }

  #load(): Promise<Controller> {
    return (this.#controller ??= import('./controller.ts').then(({ Controller }) => new Controller(this)));
  }
}

export function defineExampleRun(): void {
  if (!customElements.get('example-run')) customElements.define('example-run', ExampleRun);
}
