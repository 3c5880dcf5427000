/**
 * Strings of the reading interface (navigation, search, glossary, side-by-side view) in both
 * languages. The example panel's strings live in i18n.ts.
 */
import type { Lang } from './literate/examples.ts';

const UI = {
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

export type UiKey = keyof typeof UI;

/** A string of the interface; placeholders without a value stay as they are (for templates used by scripts). */
export function ui(lang: Lang, key: UiKey, values: Record<string, string | number> = {}): string {
  return UI[key][lang].replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
