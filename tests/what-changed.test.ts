/**
 * Every entry of the "What changed" page is backed by evidence that CI checks: the example it
 * names exists in the same language, and the committed version matrix (re-run by the matrix
 * test) shows the behaviour holding exactly from the version the entry gives.
 */
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { changeEvidenceProblems, LANGS, PROJECT, readChanges, readMatrix } from '../site/lib/literate/index.ts';

const { matrix } = readMatrix();

for (const lang of LANGS) {
  const file = path.join(PROJECT.contentDir, lang, 'what-changed.mdx');
  const changes = readChanges(file, lang);

  describe(`${lang}/what-changed.mdx`, () => {
    test('has entries', () => {
      expect(changes.length).toBeGreaterThan(0);
    });

    for (const change of changes) {
      test(`line ${change.line}: ${change.example} (since ${change.since})`, () => {
        expect(changeEvidenceProblems(change, matrix)).toEqual([]);
      });
    }
  });
}

test('both languages list the same entries in the same order', () => {
  const [zh, en] = LANGS.map((lang) => readChanges(path.join(PROJECT.contentDir, lang, 'what-changed.mdx'), lang).map((c) => `${c.example}@${c.since}`));
  expect(en).toEqual(zh);
});
