/**
 * The Chrome `storage.managed_schema` (public/managed_schema.json) made from the same tables as the valibot
 * schema, so the two cannot drift (a unit test compares the file with this function's output; regenerate with
 * `npm run --silent managed-schema > public/managed_schema.json`).
 *
 * Chrome's dialect: draft-03-like JSON Schema; the top level is an object whose properties are the policy names;
 * every schema has exactly one `type`. Chrome drops a policy value that does not fit, so this schema is kept a
 * little looser than parseSettings (no cross-field rules, no term pattern): Calma itself validates the values it
 * receives and the options page names any field it refused.
 */
import { CHANNELS, COOLDOWN, LANGUAGES, LEXICON_CATEGORIES, LIMIT_PATHS, LIMIT_SPECS, LOCKABLE_PATHS, RETENTION, SETTINGS_VERSION, SEVERITY, type LimitPath } from './schema.ts';

type Json = { [k: string]: unknown };

function numberSchema(min: number, max: number, integer: boolean, description: string): Json {
  // Chrome checks minimum/maximum on integers only
  return integer ? { type: 'integer', minimum: min, maximum: max, description } : { type: 'number', description };
}

function limitProps(make: (p: LimitPath) => Json, family: string): Json {
  const props: Json = {};
  for (const p of LIMIT_PATHS.filter((q) => q.startsWith(`${family}.`))) props[p.split('.')[1]] = make(p);
  return { type: 'object', properties: props };
}

export function managedSchema(): Json {
  const limit = (p: LimitPath): Json => {
    const s = LIMIT_SPECS[p];
    return numberSchema(s.min, s.max, s.integer, `${p}: ${s.min}..${s.max} ${s.unit}, default ${s.default}`);
  };
  const bound = (p: LimitPath): Json => ({ type: 'object', properties: { min: limit(p), max: limit(p) } });
  const families = ['hostility', 'time', 'complexity'];
  const term: Json = {
    type: 'object',
    properties: {
      category: { type: 'string', enum: [...LEXICON_CATEGORIES] },
      term: { type: 'string' },
      weight: { type: 'number' },
      exceptions: { type: 'array', items: { type: 'string' } },
      note: { type: 'string' },
    },
  };
  return {
    type: 'object',
    properties: {
      version: { title: 'Settings version', description: `The version of Calma's settings format this policy is written in (${SETTINGS_VERSION}).`, type: 'integer', minimum: 1, maximum: SETTINGS_VERSION },
      profile: {
        title: 'Agent profile defaults',
        type: 'object',
        properties: { name: { type: 'string' }, language: { type: 'string', enum: [...LANGUAGES] }, channel: { type: 'string', enum: [...CHANNELS] } },
      },
      limits: { title: 'Personal limits', type: 'object', properties: Object.fromEntries(families.map((f) => [f, limitProps(limit, f)])) },
      bounds: { title: 'Range agents may choose per limit', type: 'object', properties: Object.fromEntries(families.map((f) => [f, limitProps(bound, f)])) },
      retentionDays: { title: 'Data retention (days)', ...numberSchema(RETENTION.min, RETENTION.max, true, `default ${RETENTION.default}`) },
      coach: {
        title: 'Coach preferences',
        type: 'object',
        properties: {
          cooldownSeconds: numberSchema(COOLDOWN.min, COOLDOWN.max, true, `seconds before the same limit is announced again on a ticket, default ${COOLDOWN.default}`),
          severityGate: numberSchema(SEVERITY.min, SEVERITY.max, true, `lowest level at which cards show, default ${SEVERITY.default}`),
        },
      },
      lexicon: { title: "Team lexicon terms (the team's products and slang)", type: 'object', properties: { es: { type: 'array', items: term }, en: { type: 'array', items: term } } },
      locked: { title: 'Settings agents may not change', type: 'array', items: { type: 'string', enum: [...LOCKABLE_PATHS] } },
    },
  };
}

export function managedSchemaText(): string {
  return JSON.stringify(managedSchema(), null, 2) + '\n';
}
