/**
 * Rewrites a page's documented output from a real run, in the spirit of pytest-examples'
 * --update-examples, so that contributors never paste output by hand. Only exact-match
 * examples are updated: output that varies needs a person to decide what to document.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { type DocumentedBlock, type ExampleSpec, type Page } from './examples.ts';
import { runExample } from './matchers.ts';

/** Why this example cannot be updated automatically, or null when it can. */
export function whyNotUpdatable(example: ExampleSpec): string | null {
  if (example.order.kind !== 'exact') return 'its lines may come in another order (anyOrder)';
  if (example.expected.some((line) => !line.literal)) return 'its documented output has placeholders';
  if (example.outcome.kind !== 'exits') return `its matcher is not exact (the program ${example.outcome.kind === 'hangs' ? 'never finishes' : 'fails'})`;
  return null;
}

/** Offsets of a fenced block's content: after the opening fence line, before the closing fence. */
function contentRange(source: string, block: DocumentedBlock): [number, number] {
  const start = source.indexOf('\n', block.start) + 1;
  const end = source.lastIndexOf('\n', block.end - 1) + 1;
  return [start, Math.max(start, end)];
}

const asBlockText = (output: string) => (output === '' ? '' : output.endsWith('\n') ? output : `${output}\n`);

export type UpdateOutcome =
  | { example: ExampleSpec; status: 'unchanged' | 'updated' }
  | { example: ExampleSpec; status: 'refused'; reason: string };

/**
 * Runs every example of a page and rewrites the documented output of those that changed.
 * Returns what happened to each example; writes the file only when something changed.
 */
export async function updatePage(page: Page): Promise<UpdateOutcome[]> {
  const source = readFileSync(page.file, 'utf8');
  const edits: Array<{ range: [number, number]; text: string }> = [];
  const outcomes = await Promise.all(
    page.examples.map(async (example): Promise<UpdateOutcome> => {
      const reason = whyNotUpdatable(example);
      if (reason) return { example, status: 'refused', reason };
      const result = await runExample(example);
      if (result.killed) return { example, status: 'refused', reason: `it did not finish within ${example.timeout} s` };
      if (result.exitCode !== 0) return { example, status: 'refused', reason: `it exited with status ${result.exitCode}:\n${result.stderr}` };
      const lineCount = result.stdout === '' ? 0 : result.stdout.replace(/\n$/, '').split('\n').length;
      if (example.at && lineCount !== example.at.length)
        return { example, status: 'refused', reason: `it now prints ${lineCount} lines but at="…" times ${example.at.length}: fix the times by hand` };
      if (result.stderr !== '' && !example.stderr)
        return { example, status: 'refused', reason: `it writes to stderr, which the page does not document:\n${result.stderr}` };

      let changed = false;
      for (const [block, actual] of [
        [example.output, result.stdout],
        [example.stderr, result.stderr],
      ] as const) {
        if (!block) continue;
        const range = contentRange(source, block);
        const text = asBlockText(actual);
        if (source.slice(...range) !== text) {
          edits.push({ range, text });
          changed = true;
        }
      }
      return { example, status: changed ? 'updated' : 'unchanged' };
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
