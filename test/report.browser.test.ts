import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { compareClaims, renderReport, type FigureRecord } from '../src/index.js';
import type { ClaimRecord } from '../src/schema/claim.js';
import { parseJsonl, runInProcess, samplesDir } from './support/run.js';

// The report page of `claimline compare --html`, opened in headless Chromium (the system's, /usr/bin/chromium):
// it loads with no error and no request beyond itself, shows a section a group with disagreements first,
// colours each figure by its source's kind, and shows text of the records as text, never as markup. A
// screenshot of it is left at SCREENSHOT for a person to look at.

const SCREENSHOT = join(tmpdir(), 'claimline-report.png');
const HOSTILE = '<img src="x" onerror="console.error(\'markup ran\')"><script>console.error(\'script ran\')</script>';

let tmp: string;
let context: BrowserContext;
let page: Page;
let figures: FigureRecord[];
const problems: string[] = [];
const requests: string[] = [];

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'claimline-report-'));
  const extracted = await runInProcess(['extract', samplesDir, '--workers', '0', '--quiet'], { cwd: tmp });
  const sampleFigures = await compareClaims(parseJsonl<ClaimRecord>(extracted.stdout));
  // A group whose source and sentence are markup, to show that the page prints them rather than runs them.
  const last = sampleFigures.pop()!;
  const hostile: FigureRecord = { ...last, label: `${last.label} ${HOSTILE}`, claims: last.claims.map((c) => ({ ...c, source: { ...c.source, name: HOSTILE }, sentence: HOSTILE })) };
  figures = [...sampleFigures, hostile];
  const file = join(tmp, 'report.html');
  await writeFile(file, renderReport(figures));

  context = await chromium.launchPersistentContext(join(tmp, 'profile'), {
    executablePath: '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1200, height: 900 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  page = context.pages()[0] ?? (await context.newPage());
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  await page.screenshot({ path: SCREENSHOT, fullPage: true });
});

afterAll(async () => {
  await context?.close();
  await rm(tmp, { recursive: true, force: true });
});

test('the page loads with no console error and asks for nothing but itself', () => {
  expect(problems).toEqual([]);
  expect(requests).toEqual([pathToFileURL(join(tmp, 'report.html')).href]);
});

test('a section a group, those where sources disagree first, each with a plot and a table of who says what', async () => {
  const sections = await page.$$eval('section.group', (nodes) =>
    nodes.map((node) => ({
      id: node.id,
      disagreement: node.classList.contains('disagreement'),
      plotted: node.querySelectorAll('svg g.figure').length,
      rows: node.querySelectorAll('tbody tr').length,
    })),
  );
  const expected = [...figures.filter((f) => f.disagreement), ...figures.filter((f) => !f.disagreement)];
  expect(sections).toEqual(expected.map((f) => ({ id: f.id, disagreement: f.disagreement, plotted: f.claims.length, rows: f.claims.length })));
  expect(sections.filter((s) => s.disagreement).length).toBeGreaterThan(0);
  const disagreeing = figures.find((f) => f.disagreement && f.claims.some((c) => c.source.name === 'Ana Dorin'))!;
  const rows = await page.$$eval(`section[id="${disagreeing.id}"] tbody tr`, (trs) => trs.map((tr) => (tr as HTMLElement).innerText.split('\t').slice(0, 3)));
  expect(rows).toContainEqual(['Ana Dorin', 'person', 'more than 20 people']);
});

test('each figure is coloured by its source’s kind: one colour a kind, another for each other kind', async () => {
  const plotted = await page.$$eval('section.group', (nodes) =>
    nodes.flatMap((node) => {
      const colours = [...node.querySelectorAll('svg g.figure line')].map((line) => line.getAttribute('stroke'));
      const kinds = [...node.querySelectorAll('tbody tr td:nth-child(2)')].map((td) => td.textContent);
      return kinds.map((kind, i) => [kind, colours[i]] as const);
    }),
  );
  const colourOf = new Map<string | null, Set<string | null>>();
  for (const [kind, colour] of plotted) colourOf.set(kind, (colourOf.get(kind) ?? new Set()).add(colour));
  for (const [kind, colours] of colourOf) expect(colours.size, `colours of ${kind}`).toBe(1);
  const colours = [...colourOf.values()].map((set) => [...set][0]);
  expect(new Set(colours).size).toBe(colours.length);
  expect(colourOf.size).toBeGreaterThanOrEqual(4);
});

test('text of the records is shown as text, never run as markup', async () => {
  const hostile = figures.at(-1)!;
  const section = page.locator(`section[id="${hostile.id}"]`);
  expect(await section.locator('h2').innerText()).toContain(HOSTILE);
  expect(await section.locator('tbody tr td.sentence').first().innerText()).toBe(HOSTILE);
  expect(await page.evaluate(() => ({ scripts: document.scripts.length, images: document.images.length }))).toEqual({ scripts: 0, images: 0 });
});
