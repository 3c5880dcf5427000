/**
 * What the toolkit is told about a project: where its pages and programs are and which languages
 * it has. Library code fixes none of these; the project's literate.config.ts gives them.
 */
import path from 'node:path';

export interface LiterateConfig<L extends string = string> {
  /** The repository: messages name files relative to it. */
  root: string;
  /** Pages: <contentDir>/<lang>/<slug>.mdx. */
  contentDir: string;
  /** Programs: <snippetsDir>/<lang>/<src>. */
  snippetsDir: string;
  /** Each language's code and its name in messages ("en": "English"); every page has a twin in each. */
  languages: Readonly<Record<L, string>>;
}

/** Where the version matrix lives and how many runs each runtime takes at once. */
export interface MatrixConfig {
  /** Statuses and messages: deterministic, so a fresh run reproduces it byte for byte. */
  matrixFile: string;
  /** What was measured: times, the output of a differing run. */
  measuredFile: string;
  /** One file per column run on its own (<partsDir>/<column id>.json), merged into the two above. */
  partsDir: string;
  /** Runs at once per runtime: CPython runs mostly sleep; a Pyodide run keeps a core busy. */
  concurrency: { cpython: number; pyodide: number };
}

export interface TimelineConfig {
  /** Every example's recorded run: who printed each line, who waited where, and when. */
  timelinesFile: string;
}

export const langsOf = <L extends string>(config: LiterateConfig<L>) => Object.keys(config.languages) as L[];

/** An input problem, reported as `file:line: message` followed by what to do. */
export class LiterateError extends Error {
  readonly file: string;
  readonly line: number;

  constructor(config: Pick<LiterateConfig, 'root'>, file: string, line: number, problem: string, fix: string) {
    super(`${path.relative(config.root, file)}:${line}: ${problem}\n  → ${fix}`);
    this.name = 'LiterateError';
    this.file = file;
    this.line = line;
  }
}
