import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { DecodedDoc, DocFormat, DocInput } from '../../src/document.js';
import { decode } from '../../src/stages/decode.js';
import { extract } from '../../src/stages/extract.js';

const decodeDocument = decode.create({});
const extractDocument = extract.create({});

function docInput(input: DocInput['input'], format: DocFormat = 'text'): DocInput {
  return { index: 0, docId: 'doc', format, input, meta: { source: 'test' } };
}

function decodedDoc(decoded: string, format: DocFormat): DecodedDoc {
  return { ...docInput(decoded, format), decoded, encoding: 'utf-8' };
}

const bytes = (...parts: Array<string | number[]>) =>
  new Uint8Array(Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'utf8') : Buffer.from(part)))));

describe('decode', () => {
  test.each([
    { name: 'a string is taken as it is', input: 'plain “text”', decoded: 'plain “text”', encoding: 'utf-8' },
    { name: 'UTF-8 bytes', input: bytes('café “quoted”'), decoded: 'café “quoted”', encoding: 'utf-8' },
    { name: 'line ends are kept exactly', input: bytes('one\r\ntwo\rthree\n'), decoded: 'one\r\ntwo\rthree\n', encoding: 'utf-8' },
    { name: 'a UTF-8 BOM is stripped', input: bytes([0xef, 0xbb, 0xbf], 'Hello'), decoded: 'Hello', encoding: 'utf-8' },
    {
      name: 'UTF-16LE with a BOM',
      input: bytes([0xff, 0xfe], [...Buffer.from('“Hi”', 'utf16le')]),
      decoded: '“Hi”',
      encoding: 'utf-16le',
    },
    {
      name: 'UTF-16BE with a BOM',
      input: bytes([0xfe, 0xff], [...Buffer.from('Hi', 'utf16le').swap16()]),
      decoded: 'Hi',
      encoding: 'utf-16be',
    },
    {
      name: 'windows-1252 curly quotes',
      input: bytes('The minister said ', [0x93], 'we will not raise taxes', [0x94], ' on Tuesday.'),
      decoded: 'The minister said “we will not raise taxes” on Tuesday.',
      encoding: 'windows-1252',
    },
    {
      name: 'invalid UTF-8 falls back to detection (latin-1 read as cp1252)',
      input: new Uint8Array(Buffer.from('Le caf\xe9 de la r\xe9publique est ferm\xe9.', 'latin1')),
      decoded: 'Le café de la république est fermé.',
      encoding: 'windows-1252',
    },
  ])('$name', ({ input, decoded, encoding }) => {
    const doc = docInput(input);
    const result = decodeDocument(doc);
    expect(result).toEqual({ ...doc, decoded, encoding });
  });

  test('a file with NUL bytes is rejected as binary', () => {
    expect(() => decodeDocument(docInput(bytes('PK', [0, 3, 4], 'zip')))).toThrow(
      'binary file: holds NUL bytes, not a text document',
    );
  });

  test('UTF-8 text without NUL or a leading BOM decodes to itself', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme' }).filter((text) => !text.includes('\0') && !text.startsWith('\uFEFF')),
        (text) => decodeDocument(docInput(new Uint8Array(Buffer.from(text, 'utf8')))).decoded === text,
      ),
    );
  });
});

const article = `<!DOCTYPE html>
<html><head><title>Rates rise again | Daily News</title><script>track();</script></head>
<body>
  <nav><a href="/">Home</a> <a href="/world">World</a></nav>
  <article>
    <h1>Rates rise again</h1>
    <p>The central bank raised rates on Tuesday,   the third rise this year,
       citing <b>stubborn</b> inflation in services, housing and food prices across the country.</p>
    <p>"We will do what it takes," the governor said, adding that further rises were possible if prices kept climbing.</p>
    <div>Markets fell after the announcement, with bank shares leading the losses in afternoon trading.</div>
  </article>
  <footer>© 2024 Daily News</footer>
</body></html>`;

describe('extract', () => {
  test.each([
    {
      // Readability drops the navigation, the footer and the heading that repeats the title.
      name: 'an HTML article gives its paragraphs and title',
      doc: decodedDoc(article, 'html'),
      title: 'Rates rise again | Daily News',
      text: [
        'The central bank raised rates on Tuesday, the third rise this year, citing stubborn inflation in services, housing and food prices across the country.',
        '"We will do what it takes," the governor said, adding that further rises were possible if prices kept climbing.',
        'Markets fell after the announcement, with bank shares leading the losses in afternoon trading.',
      ].join('\n\n'),
    },
    {
      name: 'an HTML fragment is read as a page',
      doc: decodedDoc('<p>First &amp; only</p><ul><li>one</li><li>two</li></ul>', 'html'),
      title: null,
      text: 'First & only\n\none\n\ntwo',
    },
    { name: 'an empty HTML page gives no text', doc: decodedDoc('', 'html'), title: null, text: '' },
    {
      name: 'markdown keeps its text and takes the first "# " line as title',
      doc: decodedDoc('Intro\r\n# Big story\r\n\r\nBody text.', 'markdown'),
      title: 'Big story',
      text: 'Intro\r\n# Big story\r\n\r\nBody text.',
    },
    { name: 'plain text has no title', doc: decodedDoc('# not a title\n\nBody.', 'text'), title: null, text: '# not a title\n\nBody.' },
  ])('$name', ({ doc, title, text }) => {
    const result = extractDocument(doc);
    expect(result).toEqual({ ...doc, text, title, sha256: createHash('sha256').update(text).digest('hex') });
  });

  test('deeply nested HTML gives its text without crashing', () => {
    const html = `<html><body>${'<div>'.repeat(5000)}deep text${'</div>'.repeat(5000)}</body></html>`;
    expect(extractDocument(decodedDoc(html, 'html')).text).toBe('deep text');
  });
});
