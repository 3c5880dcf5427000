/** Shiki highlighting for example programs, in a light and a dark theme switched by CSS. */
import { createHighlighter, type Highlighter } from 'shiki';
import { codeTransformers } from './shiki-transformers.ts';

let highlighter: Promise<Highlighter> | undefined;

export async function highlightPython(code: string): Promise<string> {
  highlighter ??= createHighlighter({ themes: ['github-light', 'github-dark'], langs: ['python'] });
  return (await highlighter).codeToHtml(code, {
    lang: 'python',
    themes: { light: 'github-light', dark: 'github-dark' },
    defaultColor: false,
    // `async def` is one span, not two: the asyncio pages carry thousands of tokens.
    mergeSameStyleTokens: true,
    transformers: codeTransformers,
  });
}
