/**
 * Documented output lines with placeholders for values that change from run to run:
 *   {{int 100000..200000}}  a whole number in a range (inclusive)
 *   {{float 0.5..2.5}}      a decimal number in a range (inclusive)
 *   {{re [0-9a-f]+}}        a regular expression (no braces inside)
 *   {{any}}                 any text on that line
 * The site shows a placeholder as a marked chip, so a reader sees which parts vary.
 */

export type Piece =
  | { kind: 'text'; text: string }
  | { kind: 'int' | 'float'; min: number; max: number; source: string }
  | { kind: 're'; regex: string; source: string }
  | { kind: 'any'; source: string };

export interface OutputPattern {
  /** The line as documented. */
  documented: string;
  pieces: Piece[];
  /** True when the line has no placeholder and must match to the letter. */
  literal: boolean;
}

// A placeholder ends at the first }} not followed by another }, so {{re [0-9]{5}}} works.
const PLACEHOLDER = /\{\{\s*(int|float|re|any)\b\s*(.*?)\s*\}\}(?!\})/g;
const NUMBER = { int: '-?\\d+', float: '-?\\d+(?:\\.\\d+)?(?:[eE][-+]?\\d+)?' } as const;

export class PatternError extends Error {}

export function parseOutputPattern(line: string): OutputPattern {
  const pieces: Piece[] = [];
  let last = 0;
  for (const match of line.matchAll(PLACEHOLDER)) {
    if (match.index > last) pieces.push({ kind: 'text', text: line.slice(last, match.index) });
    pieces.push(placeholder(match[1] as 'int' | 'float' | 're' | 'any', match[2] ?? '', match[0]));
    last = match.index + match[0].length;
  }
  if (last < line.length) pieces.push({ kind: 'text', text: line.slice(last) });
  return { documented: line, pieces, literal: pieces.every((piece) => piece.kind === 'text') };
}

function placeholder(kind: 'int' | 'float' | 're' | 'any', argument: string, source: string): Piece {
  if (kind === 'any') return { kind, source };
  if (kind === 're') {
    try {
      new RegExp(argument, 'u'); // compiled with the flag it is matched with (see regexOf)
    } catch (error) {
      throw new PatternError(`${source} is not a valid regular expression (${(error as Error).message.replace(/^Invalid regular expression: /, '')}); escape only what needs escaping, e.g. {{re [0-9a-f]+}}`);
    }
    return { kind, regex: argument, source };
  }
  const range = /^(\S+?)\s*\.\.\s*(\S+)$/.exec(argument);
  if (!range) throw new PatternError(`${source}: write a range, e.g. {{${kind} 1..10}}`);
  const bounds = [range[1]!, range[2]!].map((bound) => {
    const number = /^-?\d+(?:\.\d+)?$/.test(bound) ? Number(bound) : NaN;
    if (Number.isNaN(number)) throw new PatternError(`${source}: "${bound}" is not a number; write a range, e.g. {{${kind} 1..10}}`);
    if (kind === 'int' && !Number.isInteger(number)) throw new PatternError(`${source}: "${bound}" is not a whole number; use {{float …}} for decimals`);
    return number;
  });
  const [min, max] = bounds as [number, number];
  if (min > max) throw new PatternError(`${source}: the range is empty (${min} is above ${max}); write the smaller bound first`);
  return { kind, min, max, source };
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const compiled = new WeakMap<OutputPattern, RegExp>();

function regexOf(pattern: OutputPattern): RegExp {
  let regex = compiled.get(pattern);
  if (!regex) {
    // Placeholder i is captured as group p<i>: its range is checked, and its value is shown.
    const body = pattern.pieces
      .map((piece, i) => {
        switch (piece.kind) {
          case 'text':
            return escape(piece.text);
          case 'int':
          case 'float':
            return `(?<p${i}>${NUMBER[piece.kind]})`;
          case 're':
            return `(?<p${i}>${piece.regex})`;
          case 'any':
            return `(?<p${i}>.*)`;
        }
      })
      .join('');
    regex = new RegExp(`^${body}$`, 'u');
    compiled.set(pattern, regex);
  }
  return regex;
}

/** The same line with each number's range opened up: any whole or decimal number is accepted there. */
export function withoutRanges(pattern: OutputPattern): OutputPattern {
  return { ...pattern, pieces: pattern.pieces.map((piece) => (piece.kind === 'int' || piece.kind === 'float' ? { ...piece, min: -Infinity, max: Infinity } : piece)) };
}

/** Does an actual output line satisfy a documented line (text, placeholders and ranges)? */
export function matchLine(pattern: OutputPattern, actual: string): boolean {
  return placeholderValues(pattern, actual) !== null;
}

/**
 * What each placeholder of a documented line matched in an actual line (in the order of the
 * placeholders), or null when the line does not satisfy it.
 */
export function placeholderValues(pattern: OutputPattern, actual: string): string[] | null {
  if (pattern.literal) return pattern.documented === actual ? [] : null;
  const match = regexOf(pattern).exec(actual);
  if (!match) return null;
  const values: string[] = [];
  for (const [i, piece] of pattern.pieces.entries()) {
    if (piece.kind === 'text') continue;
    const value = match.groups![`p${i}`]!;
    if ((piece.kind === 'int' || piece.kind === 'float') && !(Number(value) >= piece.min && Number(value) <= piece.max)) return null;
    values.push(value);
  }
  return values;
}

/** How the site shows a placeholder to readers: a range, a pattern, or an ellipsis. */
export function placeholderLabel(piece: Exclude<Piece, { kind: 'text' }>): string {
  return piece.kind === 're' ? piece.regex : piece.kind === 'any' ? '…' : `${piece.min}–${piece.max}`;
}
