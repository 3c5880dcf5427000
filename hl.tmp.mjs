import { createHighlighter } from 'shiki';
import { readFileSync } from 'node:fs';
import { globSync } from 'node:fs';
const h = await createHighlighter({ themes: ['github-light', 'github-dark'], langs: ['python'] });
let a = 0, b = 0;
for (const f of globSync('snippets/en/asyncio/*.py')) {
  const code = readFileSync(f, 'utf8');
  const o = { lang: 'python', themes: { light: 'github-light', dark: 'github-dark' }, defaultColor: false };
  a += (h.codeToHtml(code, o).match(/<span/g) || []).length;
  b += (h.codeToHtml(code, { ...o, mergeSameStyleTokens: true }).match(/<span/g) || []).length;
}
console.log(a, b);
