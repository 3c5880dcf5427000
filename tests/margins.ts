/**
 * What a timed check or a measured figure left to spare, for `npm run stress` (scripts/stress.ts),
 * which names a file in LITERATE_MARGINS: one JSON line per checked example, and one per timed run
 * clicked in the page (`page`: Pyodide in Chromium, whose timers start with less margin than CPython's sleeps).
 */
import { appendFileSync } from 'node:fs';

export interface MarginEntry {
  example: string;
  /** The toolkit's timingMargin: seconds left between a timed line and its tolerance. */
  margin: number | null;
  /** The toolkit's measurementHeadroom: the factor a measured figure could still grow by and stay in its range. */
  headroom: number | null;
  page?: true;
}

/** Appends an entry when a stress run asks for them; does nothing otherwise. */
export function recordMargin(entry: MarginEntry): void {
  const file = process.env['LITERATE_MARGINS'];
  if (file) appendFileSync(file, `${JSON.stringify(entry)}\n`);
}
