import { detect } from 'chardet';
import iconv from 'iconv-lite';
import { z } from 'zod';
import type { DecodedDoc, DocInput } from '../document.js';
import { defineStage } from '../stage.js';

// Byte order marks, longest first; iconv-lite strips the mark while decoding.
const BYTE_ORDER_MARKS: Array<[encoding: string, mark: number[]]> = [
  ['utf-8', [0xef, 0xbb, 0xbf]],
  ['utf-16le', [0xff, 0xfe]],
  ['utf-16be', [0xfe, 0xff]],
];

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function encodingFromMark(bytes: Uint8Array): string | undefined {
  return BYTE_ORDER_MARKS.find(([, mark]) => mark.every((byte, i) => bytes[i] === byte))?.[0];
}

/** The encoding chardet guesses, as iconv-lite names it. */
function detectedEncoding(bytes: Uint8Array): string {
  const guess = detect(bytes)?.toLowerCase();
  // News files labelled latin-1 are nearly always cp1252: its curly quotes sit where latin-1 has controls.
  if (guess === undefined || guess === 'iso-8859-1' || !iconv.encodingExists(guess)) return 'windows-1252';
  return guess;
}

function decodeBytes(bytes: Uint8Array): { decoded: string; encoding: string } {
  // A UTF-16 text holds NUL bytes, so its mark is looked for before the binary test.
  const marked = encodingFromMark(bytes);
  if (marked) return { decoded: iconv.decode(bytes, marked), encoding: marked };
  if (bytes.includes(0)) throw new Error('binary file: holds NUL bytes, not a text document');
  try {
    return { decoded: strictUtf8.decode(bytes), encoding: 'utf-8' };
  } catch {
    const encoding = detectedEncoding(bytes);
    return { decoded: iconv.decode(bytes, encoding), encoding };
  }
}

/** Turns the input into a string, exactly as written (line ends are kept, so offsets slice what users read). */
function decodeDocument(doc: DocInput): DecodedDoc {
  const { decoded, encoding } =
    typeof doc.input === 'string' ? { decoded: doc.input, encoding: 'utf-8' } : decodeBytes(doc.input);
  return { ...doc, decoded, encoding };
}

export const decode = defineStage({
  name: 'decode',
  needs: [],
  options: z.object({}).strict(),
  create: () => decodeDocument,
});
