/**
 * The figures behind the "CPU-bound work" table on the concepts page: what
 * scripts/cpu-bound-figures.ts measured by running snippets/en/concepts/cpu-bound.py,
 * saved in data/cpu-bound.json and rendered by CpuBoundTable.astro.
 */

/** The three ways the snippet runs the same work, in the order it prints them. */
export const APPROACHES = ['serial', 'threads', 'processes'] as const;
export type Approach = (typeof APPROACHES)[number];

export interface CpuBoundFigures {
  /** When the figures were measured (ISO 8601). */
  measured: string;
  /** The program that was run, relative to the project root. */
  snippet: string;
  /** "CPython 3.11.7" */
  interpreter: string;
  machine: {
    /** os.cpus()[0].model */
    cpu: string;
    /** Logical CPUs the operating system reports. */
    cores: number;
    /** os.platform() and os.release() */
    os: string;
    /** One-minute load average just before the runs (other work on the machine). */
    loadBefore: number;
  };
  /** How many times the program was run; the table shows the fastest of them. */
  runs: number;
  /** Fastest time of each approach over all runs, in seconds. */
  best: Record<Approach, number>;
  /** Every run's time of each approach, in seconds, in run order. */
  all: Record<Approach, number[]>;
}

/** Speed-up of each approach over the serial run, from the best times. */
export function speedUp(figures: CpuBoundFigures, approach: Approach): number {
  return figures.best.serial / figures.best[approach];
}
