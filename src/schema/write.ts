import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../paths.js';
import { claimJsonSchemaText } from './claim.js';

// `npm run schema` runs this file: it rewrites the committed JSON Schema from the zod schema.
writeFileSync(join(packageRoot, 'schema', 'claim-1.schema.json'), claimJsonSchemaText());
