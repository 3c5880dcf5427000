import { writeFileSync } from 'node:fs';
import { project, timelines } from './literate.config.ts';
import { formatTimelines, listPages, readPage, recordTimeline, timelineKey, type Timeline } from './site/lib/literate/index.ts';
const want = process.argv.slice(2);
const examples = listPages(project).flatMap((file) => readPage(file, project).examples).filter((e) => want.some((w) => e.src.includes(w)));
const out: Record<string, Timeline> = {};
for (const e of examples) {
  try { out[timelineKey(e)] = await recordTimeline(e, project); console.log('ok', timelineKey(e), out[timelineKey(e)]!.concurrent); }
  catch (error) { console.log('FAIL', (error as Error).message.slice(0, 300)); }
}
writeFileSync(timelines.timelinesFile, formatTimelines({ python: '3.11.7', examples: out }));
