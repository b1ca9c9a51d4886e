import type { z } from 'zod';

/**
 * One step of the pipeline. `create` runs once per worker with the stage's validated options and returns
 * the function applied to every document: it takes the document object and returns it with the stage's
 * own fields added (never changed ones).
 */
export interface StageDefinition<Options extends z.ZodObject = z.ZodObject, In = unknown, Out = unknown> {
  name: string;
  /** Stages that must come earlier in a pipeline; checked when a pipeline is loaded. */
  needs: readonly string[];
  /** The options, strict: an unknown key is an error. Every option has a default. */
  options: Options;
  create(options: z.infer<Options>): (doc: In) => Out;
}

export function defineStage<Options extends z.ZodObject, In, Out>(
  definition: StageDefinition<Options, In, Out>,
): StageDefinition<Options, In, Out> {
  return Object.freeze(definition);
}
