import type { AttributedDoc, DocInput, QuantifiedDoc, SegmentedDoc, TaggedDoc } from '../../src/document.js';
import { attribution } from '../../src/stages/attribution.js';
import { decode } from '../../src/stages/decode.js';
import { extract } from '../../src/stages/extract.js';
import { quantities } from '../../src/stages/quantities.js';
import { segment } from '../../src/stages/segment.js';
import { tag } from '../../src/stages/tag.js';

// Documents for stage tests, built by the real stages with their default options.
const runDecode = decode.create({});
const runExtract = extract.create({});
const runSegment = segment.create({});
const runTag = tag.create({});
const runQuantities = quantities.create(quantities.options.parse({}));
const runAttribution = attribution.create(attribution.options.parse({}));

export function inputOf(text: string, docId = 'doc'): DocInput {
  return { index: 0, docId, format: 'text', input: text, meta: {} };
}

export const segmented = (text: string): SegmentedDoc => runSegment(runExtract(runDecode(inputOf(text))));
export const tagged = (text: string): TaggedDoc => runTag(segmented(text));
export const quantified = (text: string): QuantifiedDoc => runQuantities(tagged(text));
export const attributed = (text: string): AttributedDoc => runAttribution(quantified(text));
