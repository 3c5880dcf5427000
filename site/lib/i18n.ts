/** Interface strings in both languages; page content lives in content/<lang>/. */
import type { Lang } from './literate/examples.ts';

export const HTML_LANG: Record<Lang, string> = { zh: 'zh-CN', en: 'en' };
export const LANGUAGE_NAME: Record<Lang, string> = { zh: '中文', en: 'English' };

const STRINGS = {
  siteTitle: { zh: 'Python 并发编程：可执行的笔记', en: 'Python Concurrency, Executed' },
  siteTagline: {
    zh: '每个示例都由真实的 CPython 运行，并与页面上写的输出逐行核对。',
    en: 'Every example is run by real CPython and checked, line by line, against the output this page shows.',
  },
  contents: { zh: '目录', en: 'Contents' },
  onThisPage: { zh: '本页内容', en: 'On this page' },
  output: { zh: '输出', en: 'Output' },
  stderr: { zh: '标准错误', en: 'stderr' },
  switchTo: { zh: 'Read in English', en: '阅读中文版' },
  verified: { zh: '已验证', en: 'verified' },
  exact: { zh: '输出逐字一致', en: 'exact output' },
  anyOrder: { zh: '这些行顺序不定', en: 'these lines may come in any order' },
  allAnyOrder: { zh: '各行顺序不定', en: 'lines in any order' },
  someAnyOrder: { zh: '第 {lines} 行顺序不定', en: 'lines {lines} in any order' },
  hasVarying: { zh: '含每次不同的值', en: 'values that vary' },
  timed: { zh: '含时间检查', en: 'timed' },
  total: { zh: '总耗时', en: 'whole run' },
  hangs: { zh: '永不结束：{s} 秒后仍在运行，被测试终止', en: 'never finishes: still running after {s} s, then killed by the test' },
  raises: { zh: '以异常结束', en: 'ends with an exception' },
  syntaxError: { zh: '无法编译', en: 'does not compile' },
  noOutput: { zh: '（没有输出）', en: '(no output)' },
  varies: { zh: '每次运行都可能不同', en: 'varies from run to run' },
  appearsAt: { zh: '出现时间', en: 'appears at' },
  stacks: { zh: '卡住的位置（测试在终止前用 faulthandler 取得的线程栈）', en: 'Where each thread is stuck (stacks dumped by faulthandler before the test kills it)' },
  illustration: { zh: '示意代码：不能直接运行，测试不运行它', en: 'Illustration: not a runnable program, and the tests do not run it' },
  versions: { zh: '各版本结果', en: 'Python versions' },
  versionsSummary: { zh: '给出本页所写输出的版本：{versions}。', en: 'Versions that print what this page documents: {versions}.' },
  versionsNote: {
    zh: '由 npm run matrix 在 pyenv 的各个 CPython 上实际运行得到；带 * 的 3.14 列是 Pyodide（WebAssembly 中的 CPython 3.14），它不能启动线程，其事件循环也与 CPython 不同。',
    en: 'Measured by npm run matrix on each CPython that pyenv provides; the 3.14 column marked * is Pyodide (CPython 3.14 in WebAssembly), which cannot start threads and has its own event loop.',
  },
  versionsMissing: { zh: '此示例尚未进入版本矩阵（运行 npm run matrix）。', en: 'This example is not in the version matrix yet (run npm run matrix).' },
  'status-documented': { zh: '输出与本页一致', en: 'prints the documented output' },
  'status-differs': { zh: '输出不同', en: 'prints something else' },
  'status-errors': { zh: '出错', en: 'fails with an error' },
  'status-warns': { zh: '输出一致但有警告', en: 'same output, with a warning' },
  'status-not-run': { zh: '未运行', en: 'not run' },
  'status-missing': { zh: '无数据', en: 'no data' },
  changeSince: { zh: '自 Python {version} 起', en: 'Since Python {version}' },
  changeUntil: { zh: '自 Python {version} 起改变', en: 'Changed in Python {version}' },
  changeAlways: { zh: '所有版本都如此：原文的错误', en: 'On every version: a mistake in the chapter' },
  changeExample: { zh: '示例 {name} →', en: 'Example {name} →' },
  previous: { zh: '上一页', en: 'Previous' },
  next: { zh: '下一页', en: 'Next' },
  credit: {
    zh: '内容依据 coojee2012/LearnPython 的学习笔记《第十一天 并发编程和异步编程（1）》改写，示例与文字均为本站重写并经测试验证。',
    en: 'Based on the study note “Day 11: Concurrent and asynchronous programming (1)” from coojee2012/LearnPython; the text and examples here are rewritten and verified by tests.',
  },
  chooseLanguage: { zh: '选择语言', en: 'Choose a language' },
} as const;

export type StringKey = keyof typeof STRINGS;

export function t(lang: Lang, key: StringKey, values: Record<string, string | number> = {}): string {
  return STRINGS[key][lang].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));
}

export const otherLang = (lang: Lang): Lang => (lang === 'zh' ? 'en' : 'zh');
