import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { managedSchema, managedSchemaText } from '../../../src/settings/managed-schema.ts';
import manifest from '../../../manifest.json' with { type: 'json' };

const ROOT = join(import.meta.dirname, '..', '..', '..');

/** Chrome's rules for a managed_schema: top-level object without additionalProperties; one `type` per schema. */
function checkChromeDialect(s: Record<string, unknown>, path = '$'): string[] {
  const errs: string[] = [];
  if (typeof s.type !== 'string') errs.push(`${path}: needs exactly one type`);
  const props = s.properties as Record<string, Record<string, unknown>> | undefined;
  if (props) for (const [k, v] of Object.entries(props)) errs.push(...checkChromeDialect(v, `${path}.${k}`));
  if (s.items) errs.push(...checkChromeDialect(s.items as Record<string, unknown>, `${path}[]`));
  if (s.type !== 'integer' && ('minimum' in s || 'maximum' in s)) errs.push(`${path}: minimum/maximum only on integers`);
  return errs;
}

describe('managed_schema.json', () => {
  it('is what the settings tables generate (regenerate with npm run --silent managed-schema)', () => {
    expect(readFileSync(join(ROOT, 'public', 'managed_schema.json'), 'utf8')).toBe(managedSchemaText());
  });
  it('follows Chrome’s dialect', () => {
    const s = managedSchema();
    expect(s.type).toBe('object');
    expect('additionalProperties' in s).toBe(false);
    expect(checkChromeDialect(s)).toEqual([]);
  });
  it('is declared in the manifest', () => {
    expect((manifest as { storage?: { managed_schema?: string } }).storage?.managed_schema).toBe('managed_schema.json');
  });
});
