import { z } from 'zod';

/** The JSON Schema (draft 2020-12) of a zod schema, titled, as the text the committed schema/*.schema.json hold. */
export function jsonSchemaText(title: string, schema: z.ZodType): string {
  return JSON.stringify({ title, ...z.toJSONSchema(schema, { target: 'draft-2020-12' }) }, null, 2) + '\n';
}
