import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../paths.js';
import { claimJsonSchemaText } from './claim.js';
import { figureJsonSchemaText } from './figure.js';

// `npm run schema` runs this file: it rewrites the committed JSON Schemas from the zod schemas.
writeFileSync(join(packageRoot, 'schema', 'claim-1.schema.json'), claimJsonSchemaText());
writeFileSync(join(packageRoot, 'schema', 'figure-1.schema.json'), figureJsonSchemaText());
