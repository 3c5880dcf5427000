/**
 * The literate-testing toolkit, in the spirit of pytest-examples: find a page's examples, run
 * one with real CPython, check the run against the page (or update the page from it), and the
 * version matrix. It is told where things are (LiterateConfig, MatrixConfig) and imports nothing
 * from the site. This is its entry for Node: the site, the scripts and the tests import nothing else
 * (in-page.ts is the entry for what runs in a reader's browser).
 */
export { LiterateError, type LiterateConfig, type MatrixConfig, type TimelineConfig } from './config.ts';
export { pageFrontmatter } from './frontmatter.ts';

// Find
export { listPages, locatePage, pageFromTree, parseMdx, parseProblems, readPage, takeSectionId, type Page, type Section } from './page.ts';
export { exampleAnchor, exampleLabel, type ExampleSpec } from './example.ts';
export { parseOutputPattern, placeholderLabel, placeholderValues } from './patterns.ts';
export { checkTwins, missingTwin } from './twins.ts';

// Run
export { runSnippet, type RecorderMode, type RunResult } from './run-snippet.ts';
export type { WaitKind } from './transcript.ts';
export { defaultPython, liveProcessGroups, PYODIDE, reapWithThisProcess, removeWithThisProcess } from './processes.ts';
export { findInterpreters, minorOf, type Build, type Interpreter } from './interpreters.ts';

// Check or update
export { checkExample, describeProblem, findProblems, isTimed, measurementHeadroom, printsMeasurements, timingMargin, type Problem } from './checks.ts';
export { describeFailure, runExample, testBudget } from './matchers.ts';
export { judgeRun, updatePage } from './update.ts';

// The version matrix
export {
  columnName,
  columnOfInterpreter,
  exampleKey,
  findColumns,
  formatMatrix,
  mergeParts,
  partFile,
  pickColumn,
  pyodideCell,
  pyodideColumn,
  readMatrix,
  readParts,
  runPart,
  runsInPage,
  splitMatrix,
  withFreshParts,
  type Cell,
  type CellStatus,
  type ColumnSpec,
  type Matrix,
  type MatrixPart,
} from './matrix.ts';
export { changeEvidenceProblems, changeLabel } from './changes.ts';

// Timelines of recorded runs
export { formatTimelines, outputOf, readTimelines, recordTimeline, slowedMeasures, staleRecording, timelineDifferences, timelineKey, timelineOf, type Timeline, type TimelineFile, type TimelineLane, type TimelineLine, type TimelineWait } from './timeline.ts';
