/** Every interface string in both languages (examples, navigation, search, glossary); page content lives in content/<lang>/. */
import type { Lang } from './lang.ts';

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
  hangs: { zh: '永不结束：{s} 秒后仍在运行，由测试停下', en: 'never finishes: still running after {s} s, then stopped by the test' },
  raises: { zh: '以异常结束', en: 'ends with an exception' },
  syntaxError: { zh: '无法编译', en: 'does not compile' },
  noOutput: { zh: '（没有输出）', en: '(no output)' },
  varies: { zh: '每次运行都可能不同', en: 'varies from run to run' },
  appearsAt: { zh: '出现时间', en: 'appears at' },
  stacks: { zh: '卡住的位置（faulthandler 在程序停止前取得的线程栈）', en: 'Where each thread is stuck (stacks dumped by faulthandler just before the program is stopped)' },
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
  // The reading interface: navigation, search, glossary, side-by-side view.
  skipToContent: { zh: '跳到正文', en: 'Skip to content' },
  tagline: {
    zh: '每个示例都由真实的 CPython 运行，页面上写的输出与它实际打印的内容逐行核对。',
    en: 'Every example is run by real CPython, and the output each page shows is checked, line by line, against what it really prints.',
  },
  home: { zh: '首页', en: 'Home' },
  menu: { zh: '目录', en: 'Menu' },
  openMenu: { zh: '打开目录', en: 'Open the table of contents' },
  chapters: { zh: '章节', en: 'Chapters' },
  reference: { zh: '参考', en: 'Reference' },
  glossary: { zh: '术语表', en: 'Glossary' },
  search: { zh: '搜索', en: 'Search' },
  searchPlaceholder: { zh: '搜索：互斥锁、deadlock、事件循环…', en: 'Search: mutex, 死锁, event loop…' },
  searchLabel: { zh: '搜索两种语言的全部章节', en: 'Search every chapter in both languages' },
  searchHint: {
    zh: '按 / 或 Ctrl+K 打开搜索，↑↓ 选择，Enter 打开，Esc 关闭。中英文都可以搜。',
    en: 'Press / or Ctrl+K to search, ↑↓ to choose, Enter to open, Esc to close. Search in English or Chinese.',
  },
  searchClose: { zh: '关闭搜索', en: 'Close search' },
  searchLoading: { zh: '正在搜索…', en: 'Searching…' },
  searchNone: { zh: '没有找到“{q}”。', en: 'Nothing found for “{q}”.' },
  searchOffline: { zh: '搜索索引不可用（运行 npm run build 生成）。', en: 'The search index is missing (npm run build creates it).' },
  searchCount: { zh: '找到 {n} 处', en: '{n} found' },
  resultsHere: { zh: '中文', en: 'English' },
  resultsOther: { zh: '英文版（English）', en: 'Chinese version (中文)' },
  alsoSearched: { zh: '术语对照：也搜索了 {terms}', en: 'Glossary match: also searched for {terms}' },
  theme: { zh: '深色模式', en: 'Dark mode' },
  themeToLight: { zh: '切换到浅色', en: 'Switch to light' },
  themeToDark: { zh: '切换到深色', en: 'Switch to dark' },
  permalink: { zh: '本节链接：{title}', en: 'Link to this section: {title}' },
  copy: { zh: '复制', en: 'Copy' },
  copyCode: { zh: '复制代码', en: 'Copy code' },
  copied: { zh: '已复制', en: 'Copied' },
  copyFailed: { zh: '已选中，按 Ctrl+C 复制', en: 'Selected: press Ctrl+C' },
  sideBySide: { zh: '中英对照阅读', en: 'Read side by side with Chinese' },
  sideBySideTitle: { zh: '中英对照：{title}', en: 'Side by side: {title}' },
  sideBySideLead: {
    zh: '左边是中文，右边是英文，按两种语言共有的小节逐节对齐。',
    en: 'English on the left, Chinese on the right, aligned section by section by the ids both versions share.',
  },
  backToPage: { zh: '返回单语页面', en: 'Back to the single-language page' },
  sideBySideIndex: { zh: '中英对照', en: 'Side by side' },
  missingSection: { zh: '（这一版没有这一节）', en: '(This version has no such section.)' },
  glossaryLead: {
    zh: '本章用到的每个概念：中英文术语、一句话解释，以及讲到它的章节。搜索时也用这张表把英文词对应到中文词。',
    en: 'Every concept the chapter uses: its English and Chinese terms, a one-line definition, and where it is taught. Search uses this table to map a term to its translation.',
  },
  term: { zh: '术语', en: 'Term' },
  definition: { zh: '解释', en: 'Definition' },
  taughtIn: { zh: '讲解位置', en: 'Taught in' },
  notYetTaught: { zh: '尚无专门章节', en: 'no chapter yet' },
  glossaryGroups: { zh: '分组', en: 'Groups' },
  siteNav: { zh: '全站', en: 'Site' },
  languages: { zh: '语言', en: 'Language' },
  readIn: { zh: '中文', en: 'English' },
} as const;

export type StringKey = keyof typeof STRINGS;

/** A string of the interface; placeholders without a value stay as they are (for templates used by scripts). */
export function t(lang: Lang, key: StringKey, values: Record<string, string | number> = {}): string {
  return STRINGS[key][lang].replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

export const otherLang = (lang: Lang): Lang => (lang === 'zh' ? 'en' : 'zh');
