// The report of `claimline compare --html`: one self-contained page (no script, no network) with a section
// a group of figures, those where sources disagree first: a plot of what each source's figure allows, and
// a table of who says what. Every text of the records goes through an HTML escape.

import { scaleLinear } from 'd3-scale';
import { escapeAttribute, escapeText } from 'entities';
import type { FigureInterval, FigureRecord, FigureSource } from '../schema/figure.js';

/** A colour a kind of source, the same in every plot, the table and the legend. */
const KIND_COLOURS: Record<FigureSource['kind'], string> = {
  government: '#1f5fa8',
  organization: '#2a9d4b',
  media: '#e07b00',
  person: '#8e44ad',
  anonymous: '#7a7a7a',
  unspecified: '#a89f00',
  unresolved: '#a0522d',
  article: '#1a1a1a',
};

const number = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** What an interval allows, in words: "more than 100", "180 to 220", "17". */
export function describeInterval(interval: FigureInterval): string {
  const { lower, upper } = interval;
  if (lower !== null && upper !== null) return lower === upper ? number.format(lower) : `${number.format(lower)} to ${number.format(upper)}`;
  if (lower !== null) return interval.lower_inclusive ? `${number.format(lower)} or more` : `more than ${number.format(lower)}`;
  if (upper !== null) return interval.upper_inclusive ? `${number.format(upper)} or fewer` : `fewer than ${number.format(upper)}`;
  return 'any number';
}

const PLOT = { width: 760, labelWidth: 210, right: 24, top: 30, row: 26, bottom: 8 };

function truncate(text: string, length: number): string {
  const codePoints = Array.from(text);
  return codePoints.length > length ? `${codePoints.slice(0, length - 1).join('')}…` : text;
}

/** An SVG plot of what each figure of a group allows, coloured by its source's kind; the agreed interval shaded. */
function plotOf(figure: FigureRecord): string {
  const bounds = figure.claims.flatMap((c) => [c.interval.lower, c.interval.upper]).filter((b): b is number => b !== null);
  const x = scaleLinear()
    .domain([Math.min(0, ...bounds), Math.max(...bounds) * 1.1 || 1])
    .range([PLOT.labelWidth, PLOT.width - PLOT.right])
    .nice();
  const [left, right] = x.range() as [number, number];
  const height = PLOT.top + figure.claims.length * PLOT.row + PLOT.bottom;
  const bottom = height - PLOT.bottom;
  const parts: string[] = [];
  for (const tick of x.ticks(6)) {
    const at = x(tick).toFixed(1);
    parts.push(`<line class="grid" x1="${at}" x2="${at}" y1="${PLOT.top - 6}" y2="${bottom}"/>`);
    parts.push(`<text class="tick" x="${at}" y="${PLOT.top - 10}" text-anchor="middle">${escapeText(number.format(tick))}</text>`);
  }
  if (figure.agreed) {
    const from = x(figure.agreed.lower ?? x.domain()[0]!);
    const to = figure.agreed.upper === null ? right : x(figure.agreed.upper);
    parts.push(`<rect class="agreed" x="${(from - 3).toFixed(1)}" y="${PLOT.top - 6}" width="${(to - from + 6).toFixed(1)}" height="${bottom - PLOT.top + 6}"><title>every source allows ${escapeText(describeInterval(figure.agreed))}</title></rect>`);
  }
  figure.claims.forEach((claim, i) => {
    const y = PLOT.top + i * PLOT.row + PLOT.row / 2;
    const colour = KIND_COLOURS[claim.source.kind];
    const { lower, upper, lower_inclusive, upper_inclusive } = claim.interval;
    const from = lower === null ? left : x(lower);
    const to = upper === null ? right : x(upper);
    const says = `${claim.source.name}: “${claim.text}” (${describeInterval(claim.interval)})`;
    parts.push(`<g class="figure"><title>${escapeText(says)}</title>`);
    parts.push(`<text class="source" x="${PLOT.labelWidth - 10}" y="${y + 4}" text-anchor="end">${escapeText(truncate(claim.source.name, 28))}</text>`);
    parts.push(`<line x1="${from.toFixed(1)}" x2="${to.toFixed(1)}" y1="${y}" y2="${y}" stroke="${colour}" stroke-width="5"/>`);
    // A bound that is allowed is a filled dot, one that is not an open dot, a missing one an arrow to the edge.
    const end = (at: number, bound: number | null, inclusive: boolean | null, direction: 1 | -1) =>
      bound === null
        ? `<path d="M${at - direction * 9},${y - 6} L${at},${y} L${at - direction * 9},${y + 6} Z" fill="${colour}"/>`
        : `<circle cx="${at.toFixed(1)}" cy="${y}" r="5" fill="${inclusive ? colour : '#fff'}" stroke="${colour}" stroke-width="2"/>`;
    parts.push(end(from, lower, lower_inclusive, -1));
    if (lower === null || upper === null || lower !== upper) parts.push(end(to, upper, upper_inclusive, 1));
    parts.push('</g>');
  });
  const title = `What each source's figure allows: ${figure.label}`;
  return `<svg class="plot" xmlns="http://www.w3.org/2000/svg" width="${PLOT.width}" height="${height}" viewBox="0 0 ${PLOT.width} ${height}" role="img" aria-label="${escapeAttribute(title)}">${parts.join('')}</svg>`;
}

function swatch(kind: FigureSource['kind']): string {
  return `<span class="swatch" style="background:${KIND_COLOURS[kind]}"></span>`;
}

function tableOf(figure: FigureRecord): string {
  const rows = figure.claims.map(
    (c) =>
      `<tr><td>${swatch(c.source.kind)}${escapeText(c.source.name)}</td><td>${escapeText(c.source.kind)}</td>` +
      `<td class="says">${escapeText(c.text)}${c.unit ? ` ${escapeText(c.unit)}` : ''}</td><td class="allows">${escapeText(describeInterval(c.interval))}</td>` +
      `<td>${escapeText(c.doc_id)}</td><td class="sentence">${escapeText(c.sentence)}</td></tr>`,
  );
  return `<table><thead><tr><th>Source</th><th>Kind</th><th>Says</th><th>Allows</th><th>Document</th><th>Sentence</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function sectionOf(figure: FigureRecord): string {
  const verdict = figure.disagreement
    ? 'Sources disagree: no single figure fits them all.'
    : figure.agreed
      ? `Every figure allows ${describeInterval(figure.agreed)}.`
      : 'No single figure fits them all, but no two sources contradict each other.';
  return (
    `<section class="group${figure.disagreement ? ' disagreement' : ''}" id="${escapeAttribute(figure.id)}">` +
    `<h2>${escapeText(figure.label)}</h2>` +
    `<p class="verdict">${escapeText(verdict)} ${figure.sources} sources, figures from ${escapeText(number.format(figure.smallest))} to ${escapeText(number.format(figure.largest))}.</p>` +
    `<p class="matched">Matched on: ${escapeText(figure.matched_on.join(', '))}</p>` +
    plotOf(figure) +
    tableOf(figure) +
    '</section>'
  );
}

const STYLE = `
body { font: 15px/1.45 system-ui, sans-serif; color: #1a1a1a; margin: 0 auto; max-width: 1100px; padding: 0 24px 48px; }
h1 { margin: 28px 0 4px; }
.legend { display: flex; flex-wrap: wrap; gap: 14px; list-style: none; padding: 0; }
.swatch { display: inline-block; width: 11px; height: 11px; border-radius: 2px; margin-right: 6px; vertical-align: baseline; }
section.group { border-top: 1px solid #ccc; padding: 8px 0 20px; }
section.disagreement h2::before { content: "Disagreement · "; color: #b3261e; }
h2 { font-size: 18px; margin: 14px 0 4px; }
.verdict { margin: 2px 0; }
section.disagreement .verdict { color: #b3261e; font-weight: 600; }
.matched { color: #666; font-size: 13px; margin: 2px 0 8px; }
.plot { display: block; max-width: 100%; height: auto; }
.plot .grid { stroke: #e3e3e3; }
.plot .tick { font-size: 11px; fill: #777; }
.plot .source { font-size: 12px; fill: #1a1a1a; }
.plot .agreed { fill: #2a9d4b; fill-opacity: 0.14; }
table { border-collapse: collapse; width: 100%; margin-top: 8px; font-size: 13px; }
th, td { text-align: left; vertical-align: top; padding: 4px 8px; border-bottom: 1px solid #eee; }
td.says { white-space: nowrap; font-weight: 600; }
td.allows { white-space: nowrap; }
td.sentence { color: #444; }
`;

/** The report page of figure records, as HTML text. */
export function renderReport(figures: FigureRecord[], title = 'Who claims what'): string {
  const ordered = [...figures.filter((f) => f.disagreement), ...figures.filter((f) => !f.disagreement)];
  const documents = new Set(figures.flatMap((f) => f.key.documents));
  const disagreements = figures.filter((f) => f.disagreement).length;
  const legend = (Object.keys(KIND_COLOURS) as Array<FigureSource['kind']>).map((kind) => `<li>${swatch(kind)}${escapeText(kind)}</li>`).join('');
  return (
    '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">' +
    '<meta name="viewport" content="width=device-width, initial-scale=1">' +
    `<title>${escapeText(title)}</title><style>${STYLE}</style></head><body>` +
    `<header><h1>${escapeText(title)}</h1>` +
    `<p class="summary">${figures.length} groups of figures from ${documents.size} documents; sources disagree in ${disagreements}.</p>` +
    `<ul class="legend">${legend}</ul></header>` +
    `<main>${ordered.map(sectionOf).join('\n')}</main></body></html>\n`
  );
}
