/**
 * The timelines drawn beside the examples (data/timelines.json, made by npm run timelines) are
 * checked like the matrix: every example has a recording that still fits its page, and every
 * timeline the site draws is recorded again and must show the same lanes, the same writer of
 * each line, and (where the page documents times) the same waits at the same times.
 */
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { listPages, readPage, readTimelines, recordTimeline, staleRecording, testBudget, timelineDifferences, timelineKey } from '../site/lib/literate/index.ts';
import { project, timelines } from '../literate.config.ts';

const pages = listPages(project).map((file) => readPage(file, project));
const committed = readTimelines(timelines);
const AGAIN = 'record it again with npm run timelines';
const RECORDING_SLOWDOWN = 8;

test('recordings exist only for examples the pages have', () => {
  const keys = new Set(pages.flatMap((page) => page.examples.map(timelineKey)));
  expect(Object.keys(committed.examples).filter((key) => !keys.has(key))).toEqual([]);
});

for (const page of pages) {
  describe.concurrent(path.relative(project.root, page.file), () => {
    for (const example of page.examples) {
      const recorded = committed.examples[timelineKey(example)];
      test(`line ${example.line}: ${example.src} has a recording that fits the page`, () => {
        expect(recorded, `no recording: ${AGAIN}`).toBeDefined();
        expect(staleRecording(example, recorded!), AGAIN).toEqual([]);
      });
      if (recorded?.concurrent) {
        // The recorder's hooks make a program that computes several times slower (cpu-bound.py's
        // recorded run takes 12 s on an idle machine), so a recording gets a guard that many times longer.
        const guarded = { ...example, timeout: example.timeout * RECORDING_SLOWDOWN };
        test(`line ${example.line}: ${example.src}: its timeline still shows what Python does`, { timeout: testBudget(guarded) }, async () => {
          expect(timelineDifferences(example, recorded, await recordTimeline(guarded, project, {}, recorded.recorder ?? 'full', false)), AGAIN).toEqual([]);
        });
      }
    }
  });
}
