// Opens the Board report in headless Chromium and checks it against the JSON
// output of the same run (tests/e2e/board_html.sh runs it):
//   node board_check.js REPORT.html REPORT.json OUT_DIR
// - the page loads with no console error and requests nothing but itself;
// - every element with data-id and data-period holds in data-value the JSON's
//   value for that id and period (null included), every ICPC count
//   (data-of, data-denominator) the JSON's denominator, and every figure of
//   every computed indicator appears in the page;
// - at 1280 pixels nothing is wider than the window;
// - printing gives A4 landscape pages (842 x 595 points, to 1.5 points), with
//   nothing wider than the page;
// - OUT_DIR gets board.png (the page), board_chart.png (one chart), board.pdf.
// Prints one line per failure; exits 1 when there is any.
'use strict';
const { chromium } = require('playwright-core');
const fs = require('fs');
const path = require('path');
const { pathToFileURL } = require('url');

async function main() {
  const [htmlPath, jsonPath, outDir] = process.argv.slice(2);
  const json = JSON.parse(fs.readFileSync(jsonPath, 'utf8'));
  const failures = [];
  const fail = (message) => failures.push(message);

  // id|period -> the JSON's figure ({value, numerator, denominator}).
  const expected = new Map();
  const none = { value: null, numerator: null, denominator: null };
  for (const indicator of json.indicators) {
    for (const v of indicator.values) expected.set(`${indicator.id}|${v.period}`, v);
    for (const summary of ['rolling_3m', 'year_to_date'])
      expected.set(`${indicator.id}|${summary}`, indicator[summary] ?? none);
  }

  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const url = pathToFileURL(path.resolve(htmlPath)).href;
    page.on('console', (m) => { if (m.type() === 'error') fail(`console error: ${m.text()}`); });
    page.on('pageerror', (e) => fail(`page error: ${e.message}`));
    page.on('request', (r) => { if (r.url() !== url) fail(`network request: ${r.url()}`); });
    await page.goto(url, { waitUntil: 'load' });

    const figures = await page.$$eval('[data-id][data-period]', (els) => els.map((e) => ({
      id: e.dataset.id, period: e.dataset.period, value: e.dataset.value,
      suppressed: e.hasAttribute('data-suppressed'),
    })));
    if (figures.length === 0) fail('no element carries data-id and data-period');
    const seen = new Set();
    for (const f of figures) {
      const key = `${f.id}|${f.period}`;
      seen.add(key);
      const want = expected.get(key);
      if (!want) { fail(`${key}: in the page, not in the JSON`); continue; }
      if (f.suppressed) { fail(`${key}: suppressed, but the run did not suppress`); continue; }
      const got = f.value === 'null' ? null : Number(f.value);
      if (got !== want.value) fail(`${key}: data-value ${f.value}, JSON ${want.value}`);
    }
    for (const indicator of json.indicators) {
      if (indicator.missing !== null) continue;
      for (const v of indicator.values)
        if (!seen.has(`${indicator.id}|${v.period}`)) fail(`${indicator.id}|${v.period}: not in the page`);
    }
    // The team section against the JSON's by_group (id|group -> value).
    const byGroup = new Map();
    for (const indicator of (json.by_group || { indicators: [] }).indicators)
      for (const v of indicator.values) byGroup.set(`${indicator.id}|${v.group}`, v.value);
    const groups = await page.$$eval('[data-id][data-group]', (els) => els.map((e) => ({
      id: e.dataset.id, group: e.dataset.group, value: e.dataset.value,
    })));
    if (groups.length === 0) fail('no team figure (data-group) in the page');
    for (const g of groups) {
      const key = `${g.id}|${g.group}`;
      const got = g.value === undefined || g.value === 'null' ? null : Number(g.value);
      const want = byGroup.has(key) ? byGroup.get(key) : null;
      if (got !== want) fail(`${key}: data-value ${g.value}, JSON by_group ${want}`);
    }
    const counts = await page.$$eval('[data-of][data-period]', (els) => els.map((e) => ({
      id: e.dataset.of, period: e.dataset.period, denominator: e.dataset.denominator,
    })));
    if (counts.length === 0) fail('no ICPC count (data-of) in the page');
    for (const c of counts) {
      const want = expected.get(`${c.id}|${c.period}`);
      const got = c.denominator === 'null' ? null : Number(c.denominator);
      if (!want || got !== want.denominator)
        fail(`${c.id}|${c.period}: data-denominator ${c.denominator}, JSON ${want && want.denominator}`);
    }

    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (width > 1280) fail(`the page is ${width} pixels wide at 1280`);
    const wide = await page.$$eval('svg, figure, table, section, .tile', (els) => els
      .map((e) => ({ tag: e.tagName, r: e.getBoundingClientRect() }))
      .filter(({ r }) => r.width > 0 && (r.left < 0 || r.right > 1280))
      .map(({ tag, r }) => `${tag} from ${r.left} to ${r.right}`));
    for (const w of wide) fail(`wider than the window: ${w}`);
    const charts = await page.$$eval('figure svg[role=img]', (els) => els.filter((e) =>
      !e.querySelector('title') || !e.querySelector('desc')).length);
    if (charts > 0) fail(`${charts} charts without a title and a description`);

    await page.screenshot({ path: path.join(outDir, 'board.png'), fullPage: true });
    const chart = page.locator('#working-together');
    if (await chart.count() !== 1) fail('no Working Together chart');
    else await chart.screenshot({ path: path.join(outDir, 'board_chart.png') });

    await page.emulateMedia({ media: 'print' });
    // An A4 landscape page within its 10 mm margins is 277 mm = 1047 CSS pixels wide.
    await page.setViewportSize({ width: 1047, height: 714 });
    const printWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    if (printWidth > 1047) fail(`printed, the page is ${printWidth} pixels wide, more than A4's 1047`);
    const pdf = await page.pdf({ format: 'A4', landscape: true });
    fs.writeFileSync(path.join(outDir, 'board.pdf'), pdf);
    const boxes = [...pdf.toString('latin1').matchAll(/\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/g)];
    if (boxes.length === 0) fail('the PDF has no /MediaBox');
    for (const b of boxes) {
      const w = Number(b[3]) - Number(b[1]);
      const h = Number(b[4]) - Number(b[2]);
      // A4 is 841.89 x 595.28 points; Chromium rounds the page to whole pixels
      // (842.88 x 595.92): within 1.5 points is A4.
      if (Math.abs(w - 841.89) > 1.5 || Math.abs(h - 595.28) > 1.5)
        fail(`a PDF page of ${w} x ${h} points, not A4 landscape (841.89 x 595.28)`);
    }
    console.log(`${figures.length} figures, ${counts.length} ICPC counts, ${boxes.length} PDF pages checked`);
  } finally {
    await browser.close();
  }
  for (const f of failures.slice(0, 40)) console.log(`FAIL: ${f}`);
  if (failures.length > 40) console.log(`... and ${failures.length - 40} more`);
  process.exit(failures.length === 0 ? 0 : 1);
}

main().catch((e) => { console.log(`FAIL: ${e.stack || e}`); process.exit(1); });
