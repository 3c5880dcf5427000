import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import sirv from 'sirv';
import http from 'node:http';
const serve = sirv('/work/main/dist', { dev: true });
const server = http.createServer((q, s) => serve(q, s, () => { s.statusCode = 404; s.end(); })).listen(4398);
const axeSrc = readFileSync('/work/main/node_modules/axe-core/axe.min.js', 'utf8');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
for (const url of process.argv.slice(2)) {
  await page.goto('http://127.0.0.1:4398' + url);
  await page.evaluate(axeSrc);
  const t0 = Date.now();
  const res = await page.evaluate(async () => {
    const ids = axe.getRules().map(r => r.ruleId);
    const times = [];
    for (const id of ids) { const t = performance.now(); await axe.run(document, { runOnly: [id], resultTypes: ['violations'] }); times.push([performance.now() - t, id]); }
    times.sort((a, b) => b[0] - a[0]);
    const t = performance.now(); await axe.run(document, { resultTypes: ['violations'] }); 
    return { whole: performance.now() - t, top: times.slice(0, 8).map(([t, id]) => `${id} ${t.toFixed(0)}`), n: document.getElementsByTagName('*').length };
  });
  console.log(url, Date.now() - t0, JSON.stringify(res));
}
await browser.close(); server.close();
