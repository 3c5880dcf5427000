import { chromium } from 'playwright-core';
import { readFileSync, globSync } from 'node:fs';
import sirv from 'sirv';
import http from 'node:http';
const serve = sirv('/work/main/dist', { dev: true });
const server = http.createServer((q, s) => serve(q, s, () => { s.statusCode = 404; s.end(); })).listen(4398);
const axeSrc = readFileSync('/work/main/node_modules/axe-core/axe.min.js', 'utf8');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
const urls = globSync('**/index.html', { cwd: 'dist' }).map(f => '/' + f.replace(/index\.html$/, ''));
let total = 0; const t0 = Date.now();
for (const url of urls) {
  await page.goto('http://127.0.0.1:4398' + url);
  await page.evaluate(axeSrc);
  const ms = await page.evaluate(async () => { const t = performance.now(); await axe.run(document, { resultTypes: ['violations'] }); return performance.now() - t; });
  total += ms;
}
console.log(urls.length, 'pages; axe total', (total/1000).toFixed(1), 's; wall', (Date.now()-t0)/1000);
await browser.close(); server.close();
