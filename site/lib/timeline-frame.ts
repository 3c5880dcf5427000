/**
 * The frame of a timeline's picture: its rows, axis, legend and size. The figure draws in it
 * (components/TimelineFigure.astro), and the page keeps a box of its shape until the figure is
 * made (components/Timeline.astro).
 */
import { t } from './i18n.ts';
import type { Lang } from './lang.ts';
import type { Timeline } from './literate/index.ts';

export const LABEL = 150; // room for the lane names
export const PLOT = 520;
export const TOP = 14;
export const MARK = 8; // radius of a line's mark

const LEGEND_WORD = { sleep: 'timeline.legend.sleep', lock: 'timeline.legend.lock', await: 'timeline.legend.await' } as const;
/** What a recording that could not wrap locks or run the profiler leaves out, said under the picture. */
const LEFT_OUT = { full: null, 'without-locks': 'timeline.withoutLocks', light: 'timeline.light' } as const;

/** A rough width of a label at 12px: wide enough for the legend's entries not to run into each other. */
const textWidth = (text: string) => [...text].reduce((sum, char) => sum + (/[\u2E80-\u9FFF\uFF00-\uFFEF]/.test(char) ? 12 : 6.8), 0);

export function timelineFrame(run: Timeline, lang: Lang) {
  // Lanes close up when there are many (a program that starts 40 short threads), still clearing a mark.
  const row = run.lanes.length > 12 ? 20 : 30;
  const axisY = TOP + run.lanes.length * row + 6;
  const legendY = axisY + 36;
  const legendItems = [
    { kind: 'mark', label: t(lang, 'timeline.legendMark') },
    { kind: 'run', label: t(lang, 'timeline.runs') },
    ...(['sleep', 'lock', 'await'] as const).filter((kind) => run.waits.some((wait) => wait.kind === kind)).map((kind) => ({ kind, label: t(lang, LEGEND_WORD[kind]) })),
  ];
  let legendX = 10;
  const legend = legendItems.map((item) => {
    const placed = { ...item, x: legendX };
    legendX += 24 + textWidth(item.label) + 18;
    return placed;
  });
  return {
    row,
    axisY,
    legendY,
    height: legendY + 18,
    width: Math.max(LABEL + PLOT + 24, legendX),
    legend,
    leftOut: run.recorder === null ? null : LEFT_OUT[run.recorder],
  };
}
