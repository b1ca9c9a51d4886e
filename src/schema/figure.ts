import { z } from 'zod';
import { Attribution, DateMention, Quantity } from './claim.js';
import { jsonSchemaText } from './json-schema.js';

// The figure record, schema figure/1: one group of figures that several sources give for the same thing,
// as `claimline compare` writes it. Key order here is the key order of every written line. `npm run schema`
// writes schema/figure-1.schema.json from it.

/** What a figure allows: a bound that is null is open (no bound on that side). */
export const FigureInterval = z.object({
  lower: z.number().nullable(),
  upper: z.number().nullable(),
  lower_inclusive: z.boolean().nullable(),
  upper_inclusive: z.boolean().nullable(),
});

/** Who gives a figure: the claim's source, or the article itself for a figure in its own words. */
export const FigureSource = z.object({
  name: z.string(),
  kind: z.enum([...Attribution.shape.source.shape.kind.options, 'article']),
  entity_id: z.string().nullable(),
});

/** One source's figure in a group, with where it stands. */
export const FigureClaim = z.object({
  source: FigureSource,
  doc_id: z.string(),
  claim_id: z.string().regex(/^c_[0-9a-f]{16}$/),
  sentence_index: z.int().nonnegative(),
  sentence: z.string(),
  text: Quantity.shape.text,
  value: Quantity.shape.value,
  lower: Quantity.shape.lower,
  upper: Quantity.shape.upper,
  approximate: Quantity.shape.approximate,
  unit: Quantity.shape.unit,
  event: Quantity.shape.event,
  interval: FigureInterval,
});

/** The fields a group's figures were matched on. */
export const MatchField = z.enum(['kind', 'measure', 'noun', 'place', 'date', 'document', 'actors']);

export const FigureRecord = z.object({
  schema: z.literal('figure/1'),
  id: z.string().regex(/^f_[0-9a-f]{16}$/),
  label: z.string(),
  key: z.object({
    kind: z.string(),
    measure: z.enum(['count', 'percent', 'money', 'measure']),
    noun: z.string().nullable(),
    places: z.array(z.string()),
    actors: z.array(z.string()),
    first_date: DateMention.shape.iso,
    last_date: DateMention.shape.iso,
    documents: z.array(z.string()),
  }),
  matched_on: z.array(MatchField),
  sources: z.int().positive(),
  claims: z.array(FigureClaim),
  smallest: z.number(),
  largest: z.number(),
  agreed: FigureInterval.nullable(),
  disagreement: z.boolean(),
});

export type FigureRecord = z.infer<typeof FigureRecord>;
export type FigureClaim = z.infer<typeof FigureClaim>;
export type FigureSource = z.infer<typeof FigureSource>;
export type FigureInterval = z.infer<typeof FigureInterval>;
export type MatchField = z.infer<typeof MatchField>;

/** The JSON Schema of a figure record, as text: what schema/figure-1.schema.json holds. */
export function figureJsonSchemaText(): string {
  return jsonSchemaText('figure/1', FigureRecord);
}
