import { createInterface } from 'node:readline';
import { ClaimRecord } from '../schema/claim.js';

/** One line of a claims file: its record, or why it is none. `line` is 1-based. */
export type ClaimLine = { line: number; record: ClaimRecord } | { line: number; error: string };

/** The claim records of a JSONL stream, line by line as they come; blank lines are skipped. */
export async function* readClaimLines(input: NodeJS.ReadableStream): AsyncGenerator<ClaimLine> {
  let line = 0;
  for await (const text of createInterface({ input, crlfDelay: Infinity })) {
    line++;
    if (!text.trim()) continue;
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      yield { line, error: `not JSON: ${(error as Error).message}` };
      continue;
    }
    const parsed = ClaimRecord.safeParse(json);
    if (parsed.success) yield { line, record: parsed.data };
    else {
      const issue = parsed.error.issues[0]!;
      yield { line, error: `not a claim/1 record: ${issue.path.join('.') || '(record)'}: ${issue.message}` };
    }
  }
}
