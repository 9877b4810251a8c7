// `npm run openapi`: writes docs/api/openapi.yaml from the zod schemas.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateOpenApi } from '../openapi/generate';

const target = join(import.meta.dirname, '..', '..', 'docs', 'api', 'openapi.yaml');
writeFileSync(target, generateOpenApi());
console.log(`Wrote ${target}`);
