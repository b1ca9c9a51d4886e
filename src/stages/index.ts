import { attribution } from './attribution.js';
import { claims } from './claims.js';
import { decode } from './decode.js';
import { extract } from './extract.js';
import { quantities } from './quantities.js';
import { segment } from './segment.js';
import { tag } from './tag.js';

/** Every stage a pipeline file may name, in the order a document passes through them. */
export const stages = { decode, extract, segment, tag, quantities, attribution, claims } as const;

export type StageName = keyof typeof stages;
