/**
 * Rewrites a page's documented output from a real run, in the spirit of pytest-examples'
 * --update-examples, so that contributors never paste output by hand. Updating is a mode of the
 * check: the page is rewritten only if, with the run's output documented, the same check passes,
 * so the rules for refusing an update are the check's own. Only exact-match examples are updated:
 * output that varies needs a person to decide what to document.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { DocumentedBlock, ExampleSpec } from './example.ts';
import { checkExample } from './checks.ts';
import { runExample } from './matchers.ts';
import { parseOutputPattern } from './patterns.ts';
import type { Page } from './page.ts';
import type { RunResult } from './run-snippet.ts';

/** Why this example's documented output cannot be taken from a run, or null when it can. */
function whyNotUpdatable(example: ExampleSpec): string | null {
  if (example.order.kind !== 'exact') return 'its lines may come in another order (anyOrder)';
  if (example.expected.some((line) => !line.literal)) return 'its documented output has placeholders';
  if (example.outcome.kind !== 'exits') return `its matcher is not exact (the program ${example.outcome.kind === 'hangs' ? 'never finishes' : 'fails'})`;
  return null;
}

const withoutFinalNewline = (text: string) => text.replace(/\n$/, '');

/** The example as its page would read with this run's output documented, or why it cannot. */
function documentingRun(example: ExampleSpec, result: RunResult): ExampleSpec | string {
  const lines = result.stdout === '' ? [] : withoutFinalNewline(result.stdout).split('\n');
  if (lines.some((line) => line.includes('{{'))) return 'its output holds "{{", which the page would read as a placeholder: document it by hand';
  if (example.at && lines.length !== example.at.length) return `it now prints ${lines.length} lines but at="…" times ${example.at.length}: fix the times by hand`;
  return {
    ...example,
    output: { ...example.output, text: lines.join('\n') },
    expected: lines.map(parseOutputPattern), // literal lines: none holds a placeholder (checked above)
    finalNewline: result.stdout === '' || result.stdout.endsWith('\n'),
    stderr: example.stderr && { ...example.stderr, text: withoutFinalNewline(result.stderr) },
  };
}

export type Verdict =
  | { status: 'passes' }
  | { status: 'fails'; problems: string[] }
  | { status: 'updated'; example: ExampleSpec }
  | { status: 'refused'; reason: string };

/**
 * Judges a run by its page. In update mode a failing example whose output can be documented from
 * the run is `updated` (with the spec as the page will read), if the check then passes.
 */
export function judgeRun(example: ExampleSpec, result: RunResult, mode: 'check' | 'update' = 'check'): Verdict {
  const problems = checkExample(example, result);
  if (problems.length === 0) return { status: 'passes' };
  if (mode === 'check') return { status: 'fails', problems };
  const candidate = whyNotUpdatable(example) ?? documentingRun(example, result);
  if (typeof candidate === 'string') return { status: 'refused', reason: candidate };
  const remaining = checkExample(candidate, result);
  return remaining.length > 0 ? { status: 'refused', reason: remaining.join('; ') } : { status: 'updated', example: candidate };
}

/** Offsets of a fenced block's content: after the opening fence line, before the closing fence. */
function contentRange(source: string, block: DocumentedBlock): [number, number] {
  const start = source.indexOf('\n', block.start) + 1;
  const end = source.lastIndexOf('\n', block.end - 1) + 1;
  return [start, Math.max(start, end)];
}

const asBlockText = (text: string) => (text === '' ? '' : `${text}\n`);

export type UpdateOutcome = { example: ExampleSpec } & ({ status: 'unchanged' | 'updated' } | { status: 'refused'; reason: string });

/**
 * Runs every example of a page and rewrites the documented output of those that changed.
 * Returns what happened to each example; writes the file only when something changed.
 */
export async function updatePage(page: Page): Promise<UpdateOutcome[]> {
  const source = readFileSync(page.file, 'utf8');
  const edits: Array<{ range: [number, number]; text: string }> = [];
  const outcomes = await Promise.all(
    page.examples.map(async (example): Promise<UpdateOutcome> => {
      const verdict = judgeRun(example, await runExample(example), 'update');
      if (verdict.status === 'refused') return { example, ...verdict };
      if (verdict.status !== 'updated') return { example, status: 'unchanged' };
      for (const block of [verdict.example.output, verdict.example.stderr]) if (block) edits.push({ range: contentRange(source, block), text: asBlockText(block.text) });
      return { example, status: 'updated' };
    }),
  );
  if (edits.length > 0) {
    edits.sort((a, b) => b.range[0] - a.range[0]); // from the end, so earlier offsets stay valid
    let updated = source;
    for (const { range, text } of edits) updated = updated.slice(0, range[0]) + text + updated.slice(range[1]);
    writeFileSync(page.file, updated);
  }
  return outcomes;
}
