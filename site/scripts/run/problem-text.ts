/** A problem that the toolkit's check found in a run (findProblems), worded for a reader in the page's language. */
import type { Problem } from '../../lib/literate/in-page.ts';
import type { Translate } from '../../lib/i18n.ts';

const seconds = (value: number | null) => (value === null ? '?' : value.toFixed(2));

export function problemText(problem: Problem, t: Translate): string {
  switch (problem.kind) {
    case 'killed':
      return t('run.problem.killed', { s: problem.timeout });
    case 'finished':
      return t('run.problem.finished', { status: String(problem.exitCode), s: seconds(problem.duration) });
    case 'line-count':
      return t('run.problem.lineCount', { printed: problem.printed, documented: problem.documented });
    case 'lines-differ': {
      const { order } = problem;
      if (order.kind === 'exact') return t('run.problem.linesDiffer');
      if (order.kind === 'any') return t('run.problem.linesDifferAnyOrder');
      return t('run.problem.linesDifferRanges', { ranges: order.ranges.map(([from, to]) => `${from}-${to}`).join(t('run.problem.listSeparator')) });
    }
    case 'line-time':
      return t('run.problem.lineTime', { line: problem.line, text: problem.text, at: seconds(problem.at), documented: problem.documented, tolerance: problem.tolerance });
    case 'final-newline':
      return t(problem.missing ? 'run.problem.newlineMissing' : 'run.problem.newlineExtra');
    case 'run-time':
      return t('run.problem.runTime', { took: seconds(problem.took), documented: problem.documented, tolerance: problem.tolerance });
    case 'stacks':
      return t('run.problem.stacks', { stuckAt: problem.stuckAt.join(t('run.problem.listSeparator')), documented: problem.documented.join(t('run.problem.listSeparator')) });
    case 'exit-status':
      return t('run.problem.exitStatus', { status: String(problem.exitCode) });
    case 'stderr':
      return t(problem.documented ? 'run.problem.stderrDiffers' : 'run.problem.stderrExtra');
    case 'did-not-fail':
      return t('run.problem.didNotFail', { status: String(problem.exitCode) });
    case 'error-line':
      return t('run.problem.errorLine', { printed: problem.printed, documented: problem.documented });
    case 'compiler-line':
      return t('run.problem.compilerLine', { line: problem.line, src: problem.src });
  }
}
