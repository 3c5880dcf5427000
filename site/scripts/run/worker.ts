/**
 * A module Web Worker that loads Pyodide from this site (dist/pyodide/, copied from the npm
 * package at build time) and runs one example under boot.py, with the runner the version matrix
 * uses. It loads when told to, so that a spare one is ready for the next run, and it runs a single
 * program, so that no run sees what another left behind. The first worker loads Pyodide from its
 * files and hands the page a memory snapshot of the fresh interpreter, which it also keeps for the
 * next visit; the next ones start from that snapshot, as the matrix's runs do (pyodide-host.ts).
 */
import type { loadPyodide as LoadPyodide, PyodideAPI } from 'pyodide';
import pyodidePackage from 'pyodide/package.json';
import boot from '../../lib/literate/python/boot.py?raw';
import { PYODIDE_ENV, runOnPyodide } from '../../lib/literate/in-page.ts';
import type { PageMessage, WorkerMessage } from './protocol.ts';

const send = (message: WorkerMessage) => postMessage(message);
const indexURL = new URL(`${import.meta.env.BASE_URL}pyodide/`, location.origin).href;

/**
 * Where the snapshot is kept between visits (Cache Storage of this origin), named by Pyodide's
 * version: a snapshot only fits the build of Pyodide that made it.
 */
const SNAPSHOT_CACHE = `pyodide-snapshot-${pyodidePackage.version}`;
const SNAPSHOT_URL = new URL('fresh-interpreter', indexURL).href;

async function keptSnapshot(): Promise<Uint8Array | undefined> {
  const response = await (await caches.open(SNAPSHOT_CACHE)).match(SNAPSHOT_URL);
  return response ? new Uint8Array(await response.arrayBuffer()) : undefined;
}

async function keepSnapshot(snapshot: Uint8Array): Promise<void> {
  await (await caches.open(SNAPSHOT_CACHE)).put(SNAPSHOT_URL, new Response(new Blob([snapshot as Uint8Array<ArrayBuffer>])));
}

async function load(given: Uint8Array | undefined): Promise<PyodideAPI> {
  // Served beside its WebAssembly, and not bundled: Pyodide finds its files from its own URL.
  const { loadPyodide } = (await import(/* @vite-ignore */ `${indexURL}pyodide.mjs`)) as { loadPyodide: typeof LoadPyodide };
  const streams = {
    // boot.py's records, one per line, come on stdout; anything else on stderr is a raw write.
    stdout: (line: string) => send({ kind: 'records', text: `${line}\n` }),
    stderr: (line: string) => send({ kind: 'raw', text: `${line}\n` }),
  };
  // A browser without Cache Storage (an insecure origin) loads from the files each visit.
  const snapshot = given ?? (await keptSnapshot().catch(() => undefined));
  if (snapshot) {
    if (!given) send({ kind: 'snapshot', snapshot });
    return loadPyodide({ indexURL, _loadSnapshot: snapshot, ...streams });
  }
  const pyodide = await loadPyodide({ indexURL, env: PYODIDE_ENV, _makeSnapshot: true, ...streams });
  const made = pyodide.makeMemorySnapshot();
  send({ kind: 'snapshot', snapshot: made });
  void keepSnapshot(made).catch(() => {});
  return pyodide;
}

let loaded: Promise<PyodideAPI> | undefined;

addEventListener('message', async (event: MessageEvent<PageMessage>) => {
  const message = event.data;
  try {
    if (message.kind === 'load') {
      loaded = load(message.snapshot);
      await loaded;
      send({ kind: 'ready' });
    } else {
      const pyodide = await loaded!;
      send({ kind: 'exit', code: await runOnPyodide(pyodide, { name: message.name, code: message.code, boot }) });
    }
  } catch (error) {
    send({ kind: 'failed', message: String(error) });
  }
});
