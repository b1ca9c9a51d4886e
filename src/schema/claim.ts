import { z } from 'zod';
import { jsonSchemaText } from './json-schema.js';

// The claim record, schema claim/1, exactly as ../shared/CLAIM-RECORD.md defines it. Key order here is
// the key order of every written line. `npm run schema` writes schema/claim-1.schema.json from it.

const span = { start: z.int().nonnegative(), end: z.int().nonnegative() };

export const Entity = z.object({
  text: z.string(),
  ...span,
  type: z.enum(['person', 'organization', 'place', 'group', 'nationality']),
  canonical: z.string(),
  entity_id: z.string(),
});

export const Quantity = z.object({
  text: z.string(),
  ...span,
  value: z.number().nullable(),
  lower: z.number().nullable(),
  upper: z.number().nullable(),
  lower_inclusive: z.boolean().nullable(),
  upper_inclusive: z.boolean().nullable(),
  approximate: z.boolean(),
  modifier: z.enum(['more_than', 'at_least', 'less_than', 'at_most', 'about', 'up_to', 'between']).nullable(),
  unit: z.string().nullable(),
  kind: z.enum(['count', 'percent', 'money', 'measure', 'ordinal']),
  event: z.string().nullable(),
  attributed: z.boolean(),
});

export const Attribution = z.object({
  source: z.object({
    text: z.string(),
    ...span,
    name: z.string(),
    kind: z.enum(['person', 'organization', 'government', 'media', 'anonymous', 'unspecified', 'unresolved']),
    entity_id: z.string().nullable(),
  }),
  cue: z.object({ text: z.string(), lemma: z.string(), ...span }),
  type: z.enum(['direct', 'mixed', 'indirect']),
  quote: z.string().nullable(),
  content: z.object({ text: z.string(), ...span }),
});

export const DateMention = z.object({
  text: z.string(),
  ...span,
  iso: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
});

export const ClaimRecord = z.object({
  schema: z.literal('claim/1'),
  id: z.string().regex(/^c_[0-9a-f]{16}$/),
  doc_id: z.string(),
  doc_sha256: z.string().regex(/^[0-9a-f]{64}$/),
  sentence_index: z.int().nonnegative(),
  char_start: z.int().nonnegative(),
  char_end: z.int().nonnegative(),
  text: z.string(),
  attribution: Attribution.nullable(),
  quantities: z.array(Quantity),
  entities: z.array(Entity),
  dates: z.array(DateMention),
  hedges: z.array(z.string()),
  /**
   * Added to the contract: for a sentence that is a quotation running on from an attributed sentence before
   * it (“…,” she said. “…”), the id of that attribution's record, whose source the quoted figures are; else null.
   */
  quote_of: z.string().regex(/^c_[0-9a-f]{16}$/).nullable(),
});

export type ClaimRecord = z.infer<typeof ClaimRecord>;
export type ClaimAttribution = z.infer<typeof Attribution>;
export type ClaimQuantity = z.infer<typeof Quantity>;
export type ClaimEntity = z.infer<typeof Entity>;
export type ClaimDate = z.infer<typeof DateMention>;

/** The JSON Schema of a claim record, as text: what schema/claim-1.schema.json holds. */
export function claimJsonSchemaText(): string {
  return jsonSchemaText('claim/1', ClaimRecord);
}
