// docs/api/openapi.yaml is generated from the zod schemas: it must be current, a valid OpenAPI
// 3.1 document, and describe what the server answers.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { generateOpenApi } from '../../server/openapi/generate';

const committed = readFileSync(resolve(import.meta.dirname, '../../docs/api/openapi.yaml'), 'utf8');

describe('docs/api/openapi.yaml', () => {
  it('is what `npm run openapi` generates from the schemas today', () => {
    expect(committed === generateOpenApi(), 'stale: run `npm run openapi` and commit the result').toBe(true);
  });

  it('is a valid OpenAPI 3.1 document whose references all resolve', async () => {
    const validator = new Validator();
    const result = await validator.validate(parse(committed) as Record<string, unknown>);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
    await expect(
      validator.validateBundle([parse(committed) as Record<string, unknown>]),
    ).resolves.toMatchObject({
      valid: true,
    });
  });

  it('documents every read path and the dataset endpoints', () => {
    const doc = parse(committed) as {
      paths: Record<string, unknown>;
      components: { schemas: Record<string, unknown> };
    };
    expect(Object.keys(doc.paths).sort()).toEqual(
      [
        '/agreements',
        '/claims',
        '/commodities',
        '/datasets',
        '/datasets/{id}/revisions',
        '/entry-points',
        '/flows',
        '/meta',
        '/production',
        '/region-facts',
        '/regions',
        '/sources',
        '/stocks',
      ].sort(),
    );
    const refs = [...committed.matchAll(/#\/components\/schemas\/(\w+)/g)].map((m) => m[1] ?? '');
    for (const name of new Set(refs)) expect(doc.components.schemas, name).toHaveProperty(name);
  });
});
