/**
 * The toolkit's boundary: the site, the scripts and the tests use it through its entries only
 * (index.ts, and in-page.ts for what runs in a reader's browser), and it uses nothing of the site.
 * Its own unit tests (tests/harness/) may reach its modules.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import { project } from '../literate.config.ts';

const TOOLKIT = path.join(project.root, 'site', 'lib', 'literate');
const ENTRIES = [path.join(TOOLKIT, 'index.ts'), path.join(TOOLKIT, 'in-page.ts')];
const IN_PAGE = ENTRIES[1]!;

/** Every code file below a folder of the repository. */
const codeFiles = (folder: string) =>
  (readdirSync(path.join(project.root, folder), { recursive: true }) as string[])
    .filter((file) => /\.(ts|mjs|astro)$/.test(file) && !file.split(path.sep).includes('fixtures'))
    .map((file) => path.join(project.root, folder, file));

/** The files a code file imports, resolved; for .astro, from its frontmatter and scripts. */
function importsOf(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const code = file.endsWith('.astro') ? [...source.matchAll(/^---\n([\s\S]*?)\n---|<script[^>]*>([\s\S]*?)<\/script>/gm)].map((m) => m[1] ?? m[2]).join('\n') : source;
  return ts
    .preProcessFile(code, true, true)
    .importedFiles.map((imported) => imported.fileName)
    .filter((name) => name.startsWith('.'))
    .map((name) => path.resolve(path.dirname(file), name));
}

const inToolkit = (file: string) => file.startsWith(TOOLKIT + path.sep);
const outside = [...codeFiles('site'), ...codeFiles('scripts'), ...codeFiles('tests'), path.join(project.root, 'literate.config.ts')].filter((file) => !inToolkit(file));
const shown = (file: string) => path.relative(project.root, file);

describe('the toolkit is used through its entry only', () => {
  test('there are files outside the toolkit that use it', () => {
    expect(outside.filter((file) => importsOf(file).some(inToolkit)).length).toBeGreaterThan(10);
  });

  test('no file but the toolkit’s own tests imports one of its modules', () => {
    const ownTests = path.join(project.root, 'tests', 'harness') + path.sep;
    const reaching = outside
      .filter((file) => !file.startsWith(ownTests))
      .flatMap((file) => importsOf(file).filter((target) => inToolkit(target) && !ENTRIES.includes(target) && !/\.py(\?raw)?$/.test(target)).map((target) => `${shown(file)} → ${shown(target)}`));
    expect(reaching).toEqual([]);
  });
});

test('the toolkit imports nothing from the rest of the site', () => {
  const toolkit = codeFiles(path.join('site', 'lib', 'literate'));
  expect(toolkit.length).toBeGreaterThan(5);
  const reaching = toolkit.flatMap((file) => importsOf(file).filter((target) => !inToolkit(target)).map((target) => `${shown(file)} → ${shown(target)}`));
  expect(reaching).toEqual([]);
});

/** What a module loads when it runs: its imports and re-exports, less those erased as type-only. */
function runtimeImports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
  return source.statements.flatMap((statement) => {
    if (ts.isImportDeclaration(statement) && statement.importClause?.phaseModifier !== ts.SyntaxKind.TypeKeyword) return [(statement.moduleSpecifier as ts.StringLiteral).text];
    if (ts.isExportDeclaration(statement) && !statement.isTypeOnly && statement.moduleSpecifier) return [(statement.moduleSpecifier as ts.StringLiteral).text];
    return [];
  });
}

test('what the in-page entry loads, module by module, is no Node built-in', () => {
  const seen = new Set<string>();
  const builtins: string[] = [];
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const name of runtimeImports(file)) {
      if (name.startsWith('node:')) builtins.push(`${shown(file)} → ${name}`);
      else if (name.startsWith('.')) visit(path.resolve(path.dirname(file), name));
    }
  };
  visit(IN_PAGE);
  expect(seen.size).toBeGreaterThan(3);
  expect(builtins).toEqual([]);
});
