/**
 * Every entry of the "What changed" page is backed by evidence that CI checks: the example it
 * names exists in the same language, and the committed version matrix (re-run by the matrix
 * test) shows the behaviour holding exactly from the version the entry gives.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { matrix as matrixConfig, project } from '../literate.config.ts';
import { changeEvidenceProblems, changeLabel, PYODIDE, readMatrix, readPage, runSnippet } from '../site/lib/literate/index.ts';
import { LANGS, type Lang } from '../site/lib/lang.ts';

const changesOf = (lang: Lang) => readPage(path.join(project.contentDir, lang, 'what-changed.mdx'), project).changes;

const { matrix } = readMatrix(matrixConfig);

for (const lang of LANGS) {
  const changes = changesOf(lang);

  describe(`${lang}/what-changed.mdx`, () => {
    test('has entries', () => {
      expect(changes.length).toBeGreaterThan(0);
    });

    for (const change of changes) {
      test(`line ${change.line}: ${change.example} (${changeLabel(change)})`, () => {
        expect(changeEvidenceProblems(change, matrix)).toEqual([]);
      });
    }
  });
}

test('both languages list the same entries in the same order', () => {
  const [zh, en] = LANGS.map((lang) => changesOf(lang).map((c) => `${c.example}@${changeLabel(c)}`));
  expect(en).toEqual(zh);
});

test('CPython 3.14 (in Pyodide) no longer creates an event loop in get_event_loop(): it raises', { timeout: 60_000 }, async () => {
  // Evidence for the get_event_loop() entry's 3.14 step: 3.14's own default policy, run in Pyodide.
  const snippet = fileURLToPath(new URL('fixtures/snippets/zh/no-current-loop.py', import.meta.url));
  const result = await runSnippet(snippet, { python: PYODIDE });
  expect(result.stdout).toBe("RuntimeError: There is no current event loop in thread 'MainThread'.\n");
});
