/**
 * Measured figures that the shared-state and mutex pages show: what `npm run race-figures`
 * (scripts/race-figures.ts) writes to data/race-figures.json and data/lock-placement.json,
 * and what RaceTable.astro and LockCostTable.astro render. No page copies a number by hand.
 */

/** Where and when a set of figures was measured. */
export interface Measurement {
  /** The command that wrote the file. */
  generatedBy: string;
  /** ISO date (YYYY-MM-DD) of the run. */
  date: string;
  machine: {
    /** os.cpus()[0].model */
    cpu: string;
    /** os.cpus().length */
    cores: number;
    /** e.g. "linux x64" */
    platform: string;
  };
  /** The version of the interpreter the tests run examples with ($PYTHON or python3), e.g. "3.11.7". */
  testedVersion: string;
  /** The snippet that was run, relative to the repository root. */
  snippet: string;
}

/** What a table's caption says of where and when its figures were measured: the values of its placeholders. */
export const measurementValues = (figures: Measurement & { runsPerInterpreter: number }) => ({
  snippet: figures.snippet,
  runs: figures.runsPerInterpreter,
  date: figures.date,
  cpu: figures.machine.cpu,
  cores: figures.machine.cores,
  platform: figures.machine.platform,
  generatedBy: figures.generatedBy,
});

/** The unlocked two-thread race (snippets/en/shared-state/lost-update.py) on one interpreter. */
export interface RaceRow {
  /** Full version, e.g. "3.11.7". */
  version: string;
  path: string;
  /** Runs that finished and printed the three expected lines. */
  runs: number;
  /** Runs that failed, were killed or printed something unexpected (not counted in runs). */
  failedRuns: number;
  /** Runs whose final value was below the expected total: at least one update was lost. */
  lostRuns: number;
  minFinal: number;
  meanFinal: number;
  maxFinal: number;
  /** The smallest number any thread printed when it finished its own loop. */
  minThreadValue: number;
}

export interface RaceFigures extends Measurement {
  /** What the final value is without lost updates (2 × 100000). */
  expected: number;
  runsPerInterpreter: number;
  /** How many runs went on at once (each run is one interpreter process). */
  concurrency: number;
  interpreters: RaceRow[];
}

/** The rows of snippets/en/mutex/lock-cost.py, in the order it prints them. */
export const LOCK_COST_ROWS = ['no-lock-1', 'around-loop-2', 'per-addition-2', 'per-addition-1', 'local-then-lock-2'] as const;
export type LockCostRow = (typeof LOCK_COST_ROWS)[number];

/** snippets/en/mutex/lock-cost.py on one interpreter: the median over several runs of each row's best-of-5 CPU time. */
export interface LockCostInterpreter {
  version: string;
  path: string;
  /** Runs of the program that succeeded. */
  runs: number;
  /** Median milliseconds of CPU time (time.process_time()) for each row. */
  ms: Record<LockCostRow, number>;
  /** Median of the program's own ratio: per-addition over around-loop, two threads. */
  ratio: number;
}

export interface LockCostFigures extends Measurement {
  /** Runs of the program per interpreter (each run times every row 5 times and keeps the fastest). */
  runsPerInterpreter: number;
  interpreters: LockCostInterpreter[];
}
