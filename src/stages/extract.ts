import { hash } from 'node:crypto';
import { createRequire } from 'node:module';
import { z } from 'zod';
import type { DecodedDoc, ExtractedDoc } from '../document.js';
import { defineStage } from '../stage.js';

/** The parts of a linkedom node this stage reads (the project compiles without the DOM library). */
interface MarkupNode {
  nodeType: number;
  /** Lower-case tag name; elements only. */
  localName?: string;
  childNodes: ArrayLike<MarkupNode>;
  textContent: string | null;
}

// linkedom and Readability take a third of a second to load: only a run that meets an HTML page pays it.
const require = createRequire(import.meta.url);
let htmlLibraries: { parseHTML: typeof import('linkedom').parseHTML; Readability: typeof import('@mozilla/readability').Readability } | undefined;
function loadHtmlLibraries(): NonNullable<typeof htmlLibraries> {
  htmlLibraries ??= { parseHTML: require('linkedom').parseHTML, Readability: require('@mozilla/readability').Readability };
  return htmlLibraries;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Elements that start and end a paragraph of their own. */
const BLOCK_ELEMENTS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'dd', 'details', 'div', 'dl', 'dt',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li',
  'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'td', 'th', 'tr', 'ul',
]);

/** Elements whose text is not part of the article. */
const HIDDEN_ELEMENTS = new Set(['head', 'noscript', 'script', 'style', 'template', 'title']);

/** Readability's cost grows about as the cube of nesting depth (5000 nested divs take many minutes), and real pages stay far below this. */
const MAX_READABILITY_DEPTH = 128;

/** Marks, on the walk's stack, where a block element ends. */
const BLOCK_END = Symbol('block end');

/**
 * The text under `root`, one paragraph per block element, paragraphs separated by a blank line and the
 * white space inside each collapsed to single spaces.
 */
function paragraphText(root: MarkupNode): string {
  const paragraphs: string[] = [];
  let paragraph = '';
  const endParagraph = () => {
    const collapsed = paragraph.replace(/\s+/g, ' ').trim();
    if (collapsed) paragraphs.push(collapsed);
    paragraph = '';
  };
  // A stack rather than recursion, so deeply nested markup cannot overflow the call stack.
  const stack: Array<MarkupNode | typeof BLOCK_END> = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node === BLOCK_END) endParagraph();
    else if (node.nodeType === TEXT_NODE) paragraph += node.textContent ?? '';
    else if (node.nodeType === ELEMENT_NODE && !HIDDEN_ELEMENTS.has(node.localName!)) {
      if (BLOCK_ELEMENTS.has(node.localName!)) {
        endParagraph();
        stack.push(BLOCK_END);
      }
      const children = node.childNodes;
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    }
  }
  endParagraph();
  return paragraphs.join('\n\n');
}

function isNestedDeeperThan(root: MarkupNode, limit: number): boolean {
  const stack: Array<[MarkupNode, number]> = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > limit) return true;
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === ELEMENT_NODE) stack.push([child, depth + 1]);
    }
  }
  return false;
}

/** linkedom adds none of the <html> and <body> elements a browser implies, and Readability needs both. */
function asCompleteDocument(html: string): string {
  return /<html[\s>]/i.test(html) && /<body[\s>]/i.test(html)
    ? html
    : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
}

function readHtml(html: string): { text: string; title: string | null } {
  const { parseHTML, Readability } = loadHtmlLibraries();
  const { document } = parseHTML(asCompleteDocument(html));
  const body: MarkupNode = document.body;
  const article = isNestedDeeperThan(body, MAX_READABILITY_DEPTH)
    ? null
    : new Readability<MarkupNode>(document, { serializer: (node) => node }).parse();
  const title: string | undefined = article?.title?.trim() || document.querySelector('title')?.textContent?.trim();
  // Without an article (an empty page, or one too deep for Readability) the whole body is the text.
  return { text: paragraphText(article?.content ?? body), title: title || null };
}

function markdownTitle(markdown: string): string | null {
  return /^# +(.+)$/m.exec(markdown)?.[1]?.trim() || null;
}

/** Finds the article text that every later offset refers to. */
function extractDocument(doc: DecodedDoc): ExtractedDoc {
  const { text, title } =
    doc.format === 'html'
      ? readHtml(doc.decoded)
      : { text: doc.decoded, title: doc.format === 'markdown' ? markdownTitle(doc.decoded) : null };
  return { ...doc, text, title, sha256: hash('sha256', text) };
}

export const extract = defineStage({
  name: 'extract',
  needs: ['decode'],
  options: z.object({}).strict(),
  create: () => extractDocument,
});
