/**
 * What the Run, Stop, Edit and Reset buttons of one example do, and the panel that shows the
 * reader's run: its lines as they are printed, each with its time, then the verdict of the same
 * check the tests make, with a diff when the output differs. Imported by example-run.ts on the
 * first click; the strings come from the site's dictionaries, in the example's language.
 */
import { t, type Translate } from '../../lib/i18n.ts';
import { isLang } from '../../lib/lang.ts';
import { unpackExample, type CheckedExample, type OutputLine, type PackedExample } from '../../lib/literate/in-page.ts';
import type { Editor } from './editor.ts';
import { problemText } from './problem-text.ts';
import { prepare, startRun, type RunEnd } from './session.ts';

const element = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] => {
  const made = document.createElement(tag);
  made.className = className;
  if (text !== undefined) made.textContent = text;
  return made;
};

type Action = 'run' | 'stop' | 'edit' | 'reset' | 'replay';

/** A recorded CPython run as the page carries it for Replay (RunExample.astro). */
export interface Replay {
  /** Each line: seconds from the program's start, the documented line it fills (its mark on the timeline) or null for stderr, text. */
  lines: Array<[number, number | null, string]>;
  end: number;
  /** The program never finishes: the recording ends where the tests stop it. */
  stopped: boolean;
  python: string;
  /** The day it was recorded, YYYY-MM-DD. */
  date: string;
}

/** The reader's run, under the documented output: what it printed so far, and then the verdict. */
interface Panel {
  label: HTMLElement;
  status: HTMLElement;
  output: HTMLPreElement;
  report: HTMLElement;
}

export class Controller {
  readonly #host: HTMLElement;
  /** What the page documents, for a run; or the recording, for a replay. */
  readonly #example: CheckedExample | undefined;
  readonly #replay: Replay | undefined;
  readonly #name: string;
  readonly #t: Translate;
  /** The example's highlighted code, which Edit covers with an editor. */
  readonly #code: HTMLElement;
  /** Ends what is going on: a run, or a replay. */
  #stop: (() => void) | undefined;
  #editor: Promise<Editor> | undefined;
  #panel: Panel | undefined;

  constructor(host: HTMLElement) {
    this.#host = host;
    const given: unknown = JSON.parse(host.querySelector('script[type="application/json"]')!.textContent!);
    if (host.dataset['replay'] === undefined) this.#example = unpackExample(given as PackedExample);
    else this.#replay = given as Replay;
    this.#name = host.closest<HTMLElement>('figure.example')!.dataset['example']!.split('/').at(-1)!;
    const lang = host.dataset['lang'] ?? '';
    if (!isLang(lang)) throw new Error(`<example-run> has no known data-lang: "${lang}"`);
    this.#t = (key, values) => t(lang, key, values);
    this.#code = host.closest('figure.example')!.querySelector<HTMLElement>('.example-code')!;
  }

  prepare(): void {
    prepare();
  }

  act(action: string): void {
    if (action === 'run') void this.#start();
    else if (action === 'replay') this.#startReplay();
    else if (action === 'stop') this.#stop?.();
    else if (action === 'edit') void this.#edit();
    else if (action === 'reset') void this.#reset();
  }

  /** One of the bar's buttons; Stop and Reset, which the page does not carry, are made beside Run and Edit the first time. */
  #button(action: Action): HTMLButtonElement {
    const found = this.#host.querySelector<HTMLButtonElement>(`button[data-action="${action}"]`);
    if (found) return found;
    if (action === 'run' || action === 'edit' || action === 'replay') throw new Error(`<example-run> has no ${action} button`);
    const [label, symbol, after] = action === 'stop' ? (['run.stop', '■', this.#replay ? 'replay' : 'run'] as const) : (['run.reset', '↺', 'edit'] as const);
    const button = element('button', 'run-button', `${symbol} ${this.#t(label)}`);
    button.type = 'button';
    button.dataset['action'] = action;
    button.hidden = true;
    this.#button(after).after(button);
    return button;
  }

  /** Shows one button in place of another; keyboard focus, if it was on the one hidden, moves with it. */
  #swap(hide: Action, show: Action): void {
    const [hidden, shown] = [this.#button(hide), this.#button(show)];
    const focused = document.activeElement === hidden;
    hidden.hidden = true;
    shown.hidden = false;
    if (focused) shown.focus();
  }

  async #start(): Promise<void> {
    if (this.#stop || !this.#example) return;
    const code = this.#editor ? (await this.#editor).text() : this.#code.querySelector('pre')!.textContent!;
    const panel = this.#showPanel();
    panel.report.replaceChildren();
    panel.output.replaceChildren();
    delete panel.status.dataset['verdict'];
    panel.label.textContent = this.#editor ? `${this.#t('run.panel')} · ${this.#t('run.edited')}` : this.#t('run.panel');
    // asyncio.run() needs Pyodide's stack switching, which needs JSPI (Chromium 137+).
    if (!('Suspending' in WebAssembly)) panel.report.append(element('p', 'run-note', this.#t('run.noJspi')));
    this.#swap('run', 'stop');
    const run = startRun(this.#example, code, {
      phase: (phase) => (panel.status.textContent = this.#t(phase === 'loading' ? 'run.loading' : 'run.running')),
      lines: (lines) => this.#showLines(lines, []),
    });
    this.#stop = run.stop;
    const end = await run.ended;
    this.#stop = undefined;
    this.#swap('stop', 'run');
    this.#showEnd(end);
    // The whole end, with each line's exact time, for whoever watches the run: the browser tests
    // report how close a timed run came to its tolerance, which the panel shows only to 0.01 s.
    this.#host.dispatchEvent(new CustomEvent<RunEnd>('run-end', { detail: end }));
  }

  /**
   * Plays the recording: each line appears at its recorded time from the click, by a timer of its
   * own set then (the browser tests control those timers), and the end at the recording's end.
   * On the timeline beside it, a playhead sweeps at the same pace and each line's mark lights up
   * when the line appears.
   */
  #startReplay(): void {
    const replay = this.#replay;
    if (this.#stop || !replay) return;
    const panel = this.#showPanel();
    panel.label.textContent = this.#t('run.recording', { python: replay.python, date: replay.date });
    panel.report.replaceChildren();
    delete panel.status.dataset['verdict'];
    panel.status.textContent = this.#t('run.replaying');
    const lines = replay.lines.map(([t, n, text]) => ({ t, n, stream: n === null ? ('err' as const) : ('out' as const), text }));
    this.#showLines([], []);
    this.#swap('replay', 'stop');
    const timeline = this.#timelinePlayback(replay.end);
    const timers = lines.map((line, i) =>
      setTimeout(() => {
        this.#showLines(lines.slice(0, i + 1), []);
        timeline?.reached(line);
      }, line.t * 1000),
    );
    const finish = (verdict: string, text: string) => {
      timers.forEach((timer) => clearTimeout(timer));
      clearTimeout(ending);
      timeline?.halt();
      this.#stop = undefined;
      this.#swap('stop', 'replay');
      panel.status.dataset['verdict'] = verdict;
      panel.status.textContent = text;
    };
    const ending = setTimeout(() => {
      this.#showLines(lines, []);
      finish('replayed', this.#t(replay.stopped ? 'run.replayStopped' : 'run.replayed', { s: replay.end.toFixed(1) }));
    }, replay.end * 1000);
    const started = performance.now();
    this.#stop = () => finish('stopped', this.#t('run.stopped', { s: ((performance.now() - started) / 1000).toFixed(1) }));
  }

  /**
   * The example's timeline, set for a replay of `end` seconds: its playhead swept from 0 s to the
   * end (moved to each line's time instead, for a reader who asks for reduced motion), its marks
   * faint until their line is printed. Undefined while the timeline is not on the page yet.
   */
  #timelinePlayback(end: number): { reached(line: { t: number; n: number | null }): void; halt(): void } | undefined {
    const svg = this.#host.closest('figure.example')!.querySelector<SVGSVGElement>('figure.timeline svg');
    const playhead = svg?.querySelector<SVGLineElement>('.playhead');
    if (!svg || !playhead) return undefined;
    const perSecond = Number(playhead.dataset['unitsPerSecond']);
    const at = (seconds: number) => `translateX(${seconds * perSecond}px)`;
    svg.querySelectorAll('.mark.printed').forEach((mark) => mark.classList.remove('printed'));
    svg.classList.add('replaying');
    playhead.getAnimations().forEach((animation) => animation.cancel());
    playhead.style.transform = at(0);
    const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
    const sweep = still ? undefined : playhead.animate([{ transform: at(0) }, { transform: at(end) }], { duration: end * 1000, easing: 'linear', fill: 'forwards' });
    return {
      reached: ({ t, n }) => {
        if (still) playhead.style.transform = at(t);
        if (n !== null) svg.querySelector(`.mark[data-n="${n}"]`)?.classList.add('printed');
      },
      halt: () => sweep?.pause(),
    };
  }

  #showPanel(): Panel {
    if (this.#panel) return this.#panel;
    // A group, named after its example: a page may show several runs at once.
    const root = element('div', 'run-panel');
    root.setAttribute('role', 'group');
    root.setAttribute('aria-label', `${this.#t('run.panel')}: ${this.#name}`);
    const label = element('div', 'run-label', this.#t('run.panel'));
    const status = element('p', 'run-status');
    status.setAttribute('role', 'status');
    const output = element('pre', 'run-output');
    output.tabIndex = 0;
    const report = element('div', 'run-report');
    root.append(label, status, output, report);
    this.#host.append(root);
    return (this.#panel = { label, status, output, report });
  }

  #showLines(lines: OutputLine[], differing: number[]): void {
    let printed = 0;
    this.#showPanel().output.replaceChildren(
      ...lines.map((line) => {
        const row = element('span', 'run-line');
        if (line.stream === 'err') row.classList.add('run-stderr');
        else if (differing.includes(printed++)) {
          row.classList.add('run-differs');
          row.title = this.#t('run.differingLine');
        }
        row.append(element('span', 'run-time', `${line.t.toFixed(2)}s`), element('span', 'run-text', line.text), '\n');
        return row;
      }),
    );
  }

  #showEnd(end: RunEnd): void {
    const { status, report } = this.#showPanel();
    status.dataset['verdict'] = end.kind === 'checked' ? (end.problems.length === 0 ? 'matches' : 'differs') : end.kind;
    if (end.kind === 'failed') {
      status.textContent = this.#t('run.failedToStart', { error: end.message });
      return;
    }
    if (end.kind === 'stopped') {
      this.#showLines(end.run.lines, []);
      status.textContent = this.#t('run.stopped', { s: end.after.toFixed(1) });
      return;
    }
    this.#showLines(end.run.lines, end.problems.length === 0 ? [] : end.differing);
    if (end.problems.length === 0) {
      status.textContent = `✓ ${this.#t('run.matches')}`;
      return;
    }
    status.textContent = `✗ ${this.#t('run.differs')}`;
    const problems = element('ul', 'run-problems');
    problems.append(...end.problems.map((problem) => element('li', '', problemText(problem, this.#t))));
    report.append(problems);
    if (end.diff !== '') {
      const diff = element('details', 'run-diff');
      diff.open = true;
      const diffText = element('pre', 'run-diff-text');
      diffText.tabIndex = 0;
      diffText.append(
        ...end.diff.split('\n').map((line) => {
          // A line that starts with "\" is the diff's own remark (the line above ends without a newline), worded for this page.
          if (line.startsWith('\\')) return element('span', 'diff-hunk', `\\ ${this.#t('run.diffNoNewline')}\n`);
          const kind = line.startsWith('+') ? 'added' : line.startsWith('-') ? 'removed' : line.startsWith('@@') ? 'hunk' : 'same';
          return element('span', `diff-${kind}`, `${line}\n`);
        }),
      );
      diff.append(element('summary', '', this.#t('run.diff')), diffText);
      report.append(diff);
    }
  }

  async #edit(): Promise<void> {
    const pre = this.#code.querySelector('pre')!;
    this.#editor ??= import('./editor.ts').then(({ openEditor }) => {
      const holder = element('div', 'run-editor');
      this.#code.append(holder);
      pre.hidden = true;
      return openEditor(holder, pre.textContent!, this.#t('run.editorLabel'));
    });
    (await this.#editor).focus();
    this.#swap('edit', 'reset');
    this.#code.dataset['edited'] = '';
  }

  async #reset(): Promise<void> {
    const editor = this.#editor;
    if (!editor) return;
    this.#editor = undefined;
    (await editor).destroy();
    this.#code.querySelector('.run-editor')?.remove();
    this.#code.querySelector('pre')!.hidden = false;
    delete this.#code.dataset['edited'];
    this.#swap('reset', 'edit');
  }
}
