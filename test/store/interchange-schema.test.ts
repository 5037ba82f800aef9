import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INTERCHANGE_SCHEMA_FILE, interchangeJsonSchema } from '../../shared/interchange/json-schema.ts';

const file = join(import.meta.dirname, '..', '..', 'resources', 'schema', INTERCHANGE_SCHEMA_FILE);

describe('the published interchange JSON Schema', () => {
  it('is exactly what the zod schema generates (POWERHALL_WRITE_SCHEMA=1 rewrites it)', () => {
    const generated = `${JSON.stringify(interchangeJsonSchema(), null, 2)}\n`;
    if (process.env.POWERHALL_WRITE_SCHEMA === '1') writeFileSync(file, generated);
    expect(readFileSync(file, 'utf8')).toBe(generated);
  });
});
