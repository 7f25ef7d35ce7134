/**
 * The HTML report opened in a real headless Chromium (Debian's, driven by playwright-core): the chart and the graph
 * render with a size, the expected components are drawn, the console stays clean and nothing is fetched.
 * Skipped only on a developer machine without /usr/bin/chromium; under CI it must run (.ci/run installs it).
 */
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jest } from '@jest/globals';
import { chromium, type Browser } from 'playwright-core';
import { cli, sample } from '../cli/run-cli.js';

const CHROMIUM = '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
const run = available || process.env['CI'] !== undefined ? describe : describe.skip;
if (!available && process.env['CI'] === undefined) {
  console.warn(`skipping the browser test of the HTML report: ${CHROMIUM} is absent (apt-get install -y chromium)`);
}

jest.setTimeout(60_000);

run('the HTML report in headless Chromium', () => {
  let browser: Browser;
  const dir = mkdtempSync(join(tmpdir(), 'diegesis-html-'));
  const file = join(dir, 'report.html');

  beforeAll(async () => {
    writeFileSync(file, cli(['summary', '-o', 'html', sample('monitor-failure.trace')]).stdout);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('renders the timeline and the graph, with no console error and no network request', async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const problems: string[] = [];
    const requests: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('request', (request) => {
      if (!request.url().startsWith('file:')) requests.push(request.url());
    });
    await page.goto(`file://${file}`, { waitUntil: 'load' });

    for (const id of ['timeline', 'graph']) {
      const box = await page.locator(`svg#${id}`).boundingBox();
      expect(box?.width).toBeGreaterThan(100);
      expect(box?.height).toBeGreaterThan(100);
    }
    const bars = await page.locator('svg#timeline rect.all').count();
    expect(bars).toBeGreaterThan(5);
    expect(await page.locator('svg#timeline rect.diegetic').count()).toBeGreaterThan(3);
    expect(await page.locator('svg#timeline path.negative').count()).toBeGreaterThan(0);

    const labels = await page.locator('svg#graph g.node text').allTextContents();
    expect(labels).toEqual(expect.arrayContaining(['HealthMonitor', 'IndexerSvc', 'ModuleB', 'ModuleA', 'PrintSpooler (silent)']));
    const silent = page.locator('svg#graph g.node.silent rect').first();
    // Evaluated in the page, where the DOM exists (this file is compiled without DOM types).
    expect(await silent.evaluate((el) => (globalThis as unknown as { getComputedStyle(e: unknown): { strokeDasharray: string } }).getComputedStyle(el).strokeDasharray)).toMatch(/^\d/);
    expect(await page.locator('svg#graph g.edge.negative').count()).toBeGreaterThan(0);
    const edgeBox = await page.locator('svg#graph g.edge path').first().boundingBox();
    expect((edgeBox?.width ?? 0) + (edgeBox?.height ?? 0)).toBeGreaterThan(10);

    expect(await page.locator('h2', { hasText: 'Silent components' }).count()).toBe(1);
    expect(problems).toEqual([]);
    expect(requests).toEqual([]);
    await page.close();
  });

  it('prints on paper: a PDF of the page', async () => {
    const page = await browser.newPage();
    await page.goto(`file://${file}`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('svg#graph').isVisible()).toBe(true);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.close();
  });
});
