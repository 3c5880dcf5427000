/**
 * Browser commands: the parts of a test that only the browser's driver can do, run in Node with
 * Playwright's page and context (vitest.config.ts registers them).
 */
import type { BrowserCommand } from 'vitest/node';
import { recordMargin } from '../margins.ts';

type Request = { url(): string };

const recordings = new Map<string, { urls: string[]; listener: (request: Request) => void }>();

/** Starts recording the URL of every request the browser context makes (pages, frames, workers). */
export const startRecordingRequests: BrowserCommand<[]> = (context) => {
  const urls: string[] = [];
  const listener = (request: Request) => void urls.push(request.url());
  context.context.on('request', listener);
  recordings.set(context.sessionId, { urls, listener });
};

/** Stops recording and returns the URLs requested since startRecordingRequests. */
export const stopRecordingRequests: BrowserCommand<[], string[]> = (context) => {
  const recording = recordings.get(context.sessionId);
  if (!recording) return [];
  context.context.off('request', recording.listener);
  recordings.delete(context.sessionId);
  return recording.urls;
};

/** Emulates the system's colour scheme (null: back to the browser's default). */
export const emulateColorScheme: BrowserCommand<['light' | 'dark' | null]> = async (context, scheme) => {
  await context.page.emulateMedia({ colorScheme: scheme });
};

/** What the system clipboard holds now. */
export const readClipboard: BrowserCommand<[], string> = async (context) => {
  return context.page.evaluate(() => navigator.clipboard.readText());
};

/** Adds how close a timed run in the page came to its tolerance to `npm run stress`'s list, beside the examples' own. */
export const recordPageMargin: BrowserCommand<[example: string, margin: number]> = (_context, example, margin) => {
  recordMargin({ example, margin, headroom: null, page: true });
};
