import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { readPage, updatePage, type LiterateConfig } from '../../site/lib/literate/index.ts';
import { FIXTURES } from './fixtures.ts';

const FRONTMATTER = '---\ntitle: 过时\ndescription: 待更新的页面。\norder: 1\n---\n';

const contentDirs: string[] = [];
afterAll(() => contentDirs.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

/** A page in a fresh content folder (removed after the tests) that uses the fixture snippets; its body is `mdx`. */
function stalePage(mdx: string) {
  const config: LiterateConfig = { ...FIXTURES, contentDir: mkdtempSync(path.join(tmpdir(), 'update-')) };
  contentDirs.push(config.contentDir);
  mkdirSync(path.join(config.contentDir, 'zh'));
  const file = path.join(config.contentDir, 'zh', 'stale.mdx');
  writeFileSync(file, FRONTMATTER + mdx);
  const page = readPage(file, config);
  if (page.problems.length > 0) throw page.problems[0];
  return { file, page };
}

/** The page's body as the update left it. */
const bodyOf = (file: string) => readFileSync(file, 'utf8').slice(FRONTMATTER.length);

const block = (output: string) => `\`\`\`text\n${output}\n\`\`\``;

describe.concurrent('update-examples', () => {
  test('rewrites an exact example from a real run and leaves the rest of the page alone', async () => {
    const { file, page } = stalePage(`# Title\n\n<Example src="abcd.py">\n${block('a\nb')}\n</Example>\n\nAfter.\n`);
    expect((await updatePage(page)).map((outcome) => outcome.status)).toEqual(['updated']);
    expect(bodyOf(file)).toBe(`# Title\n\n<Example src="abcd.py">\n${block('a\nb\nc\nd')}\n</Example>\n\nAfter.\n`);
  });

  test('fills in an empty block, as for a new example', async () => {
    const { file, page } = stalePage('<Example src="abcd.py">\n```text\n```\n</Example>\n');
    await updatePage(page);
    expect(bodyOf(file)).toBe(`<Example src="abcd.py">\n${block('a\nb\nc\nd')}\n</Example>\n`);
  });

  test('leaves a correct page byte for byte as it was', async () => {
    const mdx = `<Example src="abcd.py">\n${block('a\nb\nc\nd')}\n</Example>\n`;
    const { file, page } = stalePage(mdx);
    expect((await updatePage(page)).map((outcome) => outcome.status)).toEqual(['unchanged']);
    expect(bodyOf(file)).toBe(mdx);
  });

  test('refuses examples whose matcher is not exact, and does not touch them', async () => {
    const mdx = [
      `<Example src="abcd.py" anyOrder="all">\n${block('x')}\n</Example>`,
      `<Example src="count.py">\n${block('total: {{int 1..2}}')}\n</Example>`,
      `<Example src="hangs.py" hangs="1">\n${block('x')}\n</Example>`,
      `<Example src="raises.py" raises="ValueError: bad value">\n${block('x')}\n</Example>`,
    ].join('\n\n');
    const { file, page } = stalePage(mdx);
    const outcomes = await updatePage(page);
    expect(outcomes.map((outcome) => (outcome.status === 'refused' ? outcome.reason : outcome.status))).toEqual([
      'its lines may come in another order (anyOrder)',
      'its documented output has placeholders',
      'its matcher is not exact (the program never finishes)',
      'its matcher is not exact (the program fails)',
    ]);
    expect(bodyOf(file)).toBe(mdx);
  });

  test('refuses when the new output no longer fits the documented times', async () => {
    const { page } = stalePage(`<Example src="abcd.py" at="0 0">\n${block('a\nb')}\n</Example>\n`);
    const [outcome] = await updatePage(page);
    expect(outcome).toMatchObject({ status: 'refused', reason: expect.stringContaining('prints 4 lines but at="…" times 2') });
  });
});
