/**
 * Calma's settings: ONE versioned schema (valibot) for the worker, the options page, imported team policy files
 * and the IT-managed policy (chrome.storage.managed / Firefox enterprise policy "3rdparty").
 *
 * Pure: no DOM, no extension API. Every number a limit uses is in LIMIT_SPECS with its unit, default and the
 * absolute range Calma accepts; a team lead narrows that range for their agents with `bounds`.
 *
 * Versions
 *   1  the first draft (flat: language, hostileMessages, ticketMinutes, cooldownMinutes, retentionDays);
 *      migrated on read, never written.
 *   2  this file.
 */
import * as v from 'valibot';
import { clone, deepFreeze, getPath, leafPaths } from './paths.ts';

export const SETTINGS_VERSION = 2;

// ---------------------------------------------------------------------------------------------------------------
// Limits: the guidance's three (hostility of the customer, time with the same customer, complexity of the problem)

export interface LimitSpec {
  /** path under `limits` */
  path: LimitPath;
  default: number;
  min: number;
  max: number;
  /** whole numbers only */
  integer: boolean;
  /** granularity for the options page's number input */
  step: number;
  unit: 'messages' | 'minutes' | 'anger' | 'count';
}

export const LIMIT_PATHS = [
  'hostility.messages',
  'hostility.window',
  'hostility.anger',
  'time.ticketMinutes',
  'time.requesterMinutes',
  'complexity.messages',
  'complexity.reopenings',
  'complexity.issues',
] as const;
export type LimitPath = (typeof LIMIT_PATHS)[number];

/**
 * hostility.messages   crossed when at least this many of the last `hostility.window` customer messages are hostile
 *                      (tone angry, or an insult, swearing, a legal or a physical threat)
 * hostility.window     how many of the latest customer messages that count looks at
 * hostility.anger      crossed when the mean anger (0..1, the classifier's score) of those messages reaches this
 *                      (only once at least HOSTILITY_MIN_SAMPLE customer messages exist)
 * time.ticketMinutes   active minutes on this ticket: the ticket visible in front AND the agent active
 * time.requesterMinutes active minutes with the same requester, summed over all their tickets
 * complexity.messages  messages in the conversation (customer and agent)
 * complexity.reopenings times the ticket was reopened
 * complexity.issues    distinct issues the customer raised
 */
export const LIMIT_SPECS: Readonly<Record<LimitPath, LimitSpec>> = deepFreeze({
  'hostility.messages': { path: 'hostility.messages', default: 3, min: 1, max: 20, integer: true, step: 1, unit: 'messages' },
  'hostility.window': { path: 'hostility.window', default: 10, min: 2, max: 50, integer: true, step: 1, unit: 'messages' },
  'hostility.anger': { path: 'hostility.anger', default: 0.75, min: 0.3, max: 1, integer: false, step: 0.05, unit: 'anger' },
  'time.ticketMinutes': { path: 'time.ticketMinutes', default: 30, min: 5, max: 480, integer: true, step: 5, unit: 'minutes' },
  'time.requesterMinutes': { path: 'time.requesterMinutes', default: 60, min: 10, max: 1440, integer: true, step: 5, unit: 'minutes' },
  'complexity.messages': { path: 'complexity.messages', default: 40, min: 5, max: 500, integer: true, step: 1, unit: 'messages' },
  'complexity.reopenings': { path: 'complexity.reopenings', default: 2, min: 1, max: 20, integer: true, step: 1, unit: 'count' },
  'complexity.issues': { path: 'complexity.issues', default: 3, min: 1, max: 20, integer: true, step: 1, unit: 'count' },
});

/** Below this many customer messages the mean anger is not judged (one angry opener is the coach's job). */
export const HOSTILITY_MIN_SAMPLE = 3;

export const RETENTION = { default: 30, min: 1, max: 365 } as const;
export const COOLDOWN = { default: 900, min: 0, max: 86_400 } as const;
/** the coach shows cards from this level (0 everything … 3 threats only); limit escalations always show */
export const SEVERITY = { default: 0, min: 0, max: 3 } as const;
export const NAME_MAX = 60;
export const TERMS_MAX = 500;
export const NOTE_MAX = 200;
export const EXCEPTIONS_MAX = 20;

export const LANGUAGES = ['auto', 'es', 'en'] as const;
export const CHANNELS = ['email', 'messaging'] as const;
/** The lexicon categories a team may add terms to (src/lexicons/<lang>/<category>.tsv). */
export const LEXICON_CATEGORIES = ['vulgarity', 'insult', 'anger', 'legal', 'threat', 'escalation', 'impatience', 'polite'] as const;
export const LEXICON_LANGS = ['es', 'en'] as const;
/** The lexicon TSV's term rule (src/classify/lexicon-format.ts): lower case, accents folded (ñ kept), patterns. */
export const TERM_PATTERN = /^[a-z0-9ñ@*~]+( [a-z0-9ñ@*~_-]+)*$/;
const PHRASE_PATTERN = /^[a-z0-9ñ]+( [a-z0-9ñ_-]+)*$/;

// ---------------------------------------------------------------------------------------------------------------
// Schema pieces

function range(min: number, max: number, integer: boolean) {
  const word = integer ? 'a whole number' : 'a number';
  return v.pipe(
    v.number(`must be ${word}`),
    v.finite(`must be ${word}`),
    v.check((n: number) => !integer || Number.isInteger(n), `must be a whole number from ${min} to ${max}`),
    v.minValue(min, `must be from ${min} to ${max}`),
    v.maxValue(max, `must be from ${min} to ${max}`),
  );
}

function limitSchema(p: LimitPath) {
  const s = LIMIT_SPECS[p];
  return range(s.min, s.max, s.integer);
}

/** valibot's object schemas take arrays too; a settings section is never an array. */
function section<const E extends v.ObjectEntries>(entries: E, message = 'must be an object') {
  return v.pipe(v.custom<Record<string, unknown>>((x) => typeof x === 'object' && x !== null && !Array.isArray(x), message), v.strictObject(entries, message));
}

const boundSchema = (p: LimitPath) =>
  section({ min: v.optional(limitSchema(p)), max: v.optional(limitSchema(p)) }, 'must be an object like {"min": 1, "max": 5}');

const TermSchema = section(
  {
    category: v.picklist(LEXICON_CATEGORIES, `must be one of ${LEXICON_CATEGORIES.join(', ')}`),
    term: v.pipe(v.string('must be text'), v.maxLength(80, 'must be at most 80 characters'), v.regex(TERM_PATTERN, 'must be lower case without accents (ñ kept); * ~ @ allowed as in the lexicon files')),
    weight: range(0, 1, false),
    exceptions: v.optional(
      v.pipe(
        v.array(v.pipe(v.string('must be text'), v.maxLength(120, 'must be at most 120 characters'), v.regex(PHRASE_PATTERN, 'must be a lower-case phrase without accents (ñ kept)')), 'must be a list of phrases'),
        v.maxLength(EXCEPTIONS_MAX, `must have at most ${EXCEPTIONS_MAX} phrases`),
      ),
      [],
    ),
    note: v.optional(v.pipe(v.string('must be text'), v.maxLength(NOTE_MAX, `must be at most ${NOTE_MAX} characters`)), ''),
  },
  'must be an object with category, term, weight, exceptions, note',
);

const termList = v.pipe(v.array(TermSchema, 'must be a list of terms'), v.maxLength(TERMS_MAX, `must have at most ${TERMS_MAX} terms`));

const obj = 'must be an object';
const LimitsSchema = section(
  {
    hostility: v.optional(
      section({ messages: v.optional(limitSchema('hostility.messages'), LIMIT_SPECS['hostility.messages'].default), window: v.optional(limitSchema('hostility.window'), LIMIT_SPECS['hostility.window'].default), anger: v.optional(limitSchema('hostility.anger'), LIMIT_SPECS['hostility.anger'].default) }, obj),
      {},
    ),
    time: v.optional(
      section({ ticketMinutes: v.optional(limitSchema('time.ticketMinutes'), LIMIT_SPECS['time.ticketMinutes'].default), requesterMinutes: v.optional(limitSchema('time.requesterMinutes'), LIMIT_SPECS['time.requesterMinutes'].default) }, obj),
      {},
    ),
    complexity: v.optional(
      section({ messages: v.optional(limitSchema('complexity.messages'), LIMIT_SPECS['complexity.messages'].default), reopenings: v.optional(limitSchema('complexity.reopenings'), LIMIT_SPECS['complexity.reopenings'].default), issues: v.optional(limitSchema('complexity.issues'), LIMIT_SPECS['complexity.issues'].default) }, obj),
      {},
    ),
  },
  obj,
);

const BoundsSchema = section(
  {
    hostility: v.optional(section({ messages: v.optional(boundSchema('hostility.messages')), window: v.optional(boundSchema('hostility.window')), anger: v.optional(boundSchema('hostility.anger')) }, obj), {}),
    time: v.optional(section({ ticketMinutes: v.optional(boundSchema('time.ticketMinutes')), requesterMinutes: v.optional(boundSchema('time.requesterMinutes')) }, obj), {}),
    complexity: v.optional(section({ messages: v.optional(boundSchema('complexity.messages')), reopenings: v.optional(boundSchema('complexity.reopenings')), issues: v.optional(boundSchema('complexity.issues')) }, obj), {}),
  },
  obj,
);

/** Every settable leaf that is NOT a limit (limits are LIMIT_PATHS under `limits.`). */
export const OTHER_PATHS = ['profile.name', 'profile.language', 'profile.channel', 'retentionDays', 'coach.cooldownSeconds', 'coach.severityGate', 'lexicon.es', 'lexicon.en'] as const;
/** Paths a policy may lock. Bounds are the lead's by nature: agents never edit them, so they need no lock. */
export const LOCKABLE_PATHS: readonly string[] = [...OTHER_PATHS, ...LIMIT_PATHS.map((p) => `limits.${p}`)];

const SettingsV2Schema = section(
  {
    version: v.literal(2, 'must be 2'),
    profile: v.optional(
      section(
        {
          name: v.optional(v.pipe(v.string('must be text'), v.maxLength(NAME_MAX, `must be at most ${NAME_MAX} characters`)), ''),
          language: v.optional(v.picklist(LANGUAGES, `must be one of ${LANGUAGES.join(', ')}`), 'auto'),
          channel: v.optional(v.picklist(CHANNELS, `must be one of ${CHANNELS.join(', ')}`), 'email'),
        },
        obj,
      ),
      {},
    ),
    limits: v.optional(LimitsSchema, {}),
    bounds: v.optional(BoundsSchema, {}),
    retentionDays: v.optional(range(RETENTION.min, RETENTION.max, true), RETENTION.default),
    coach: v.optional(
      section(
        {
          cooldownSeconds: v.optional(range(COOLDOWN.min, COOLDOWN.max, true), COOLDOWN.default),
          severityGate: v.optional(range(SEVERITY.min, SEVERITY.max, true), SEVERITY.default),
        },
        obj,
      ),
      {},
    ),
    lexicon: v.optional(section({ es: v.optional(termList, []), en: v.optional(termList, []) }, obj), {}),
    /** only meaningful in a managed policy: the paths the agent may not change */
    locked: v.optional(v.pipe(v.array(v.picklist(LOCKABLE_PATHS, `must name a setting (one of ${LOCKABLE_PATHS.join(', ')})`), 'must be a list of setting names')), []),
  },
  'must be an object',
);

type Parsed = v.InferOutput<typeof SettingsV2Schema>;
export type Settings = Omit<Parsed, 'locked'>;
export type Limits = Settings['limits'];
export type Bounds = Settings['bounds'];
export type LexiconTerm = Settings['lexicon']['es'][number];
export type Language = (typeof LANGUAGES)[number];

const defaultsParsed = v.parse(SettingsV2Schema, { version: 2 });
const { locked: _unusedLocked, ...defaultsOnly } = defaultsParsed;
void _unusedLocked;
/** The built-in settings (version 2, every default). Frozen: copy before changing. */
export const DEFAULTS: Readonly<Settings> = deepFreeze(defaultsOnly);

export function defaultSettings(): Settings {
  return clone(defaultsOnly);
}

export function limitValue(s: Settings, p: LimitPath): number {
  return getPath(s.limits, p) as number;
}

// ---------------------------------------------------------------------------------------------------------------
// Migrations

const SettingsV1Schema = section(
  {
    version: v.literal(1, 'must be 1'),
    language: v.optional(v.picklist(LANGUAGES, `must be one of ${LANGUAGES.join(', ')}`)),
    hostileMessages: v.optional(limitSchema('hostility.messages')),
    ticketMinutes: v.optional(limitSchema('time.ticketMinutes')),
    cooldownMinutes: v.optional(range(0, COOLDOWN.max / 60, true)),
    retentionDays: v.optional(range(RETENTION.min, RETENTION.max, true)),
  },
  'must be an object',
);

/** v1 (flat draft) → v2 document, still to be validated by the v2 schema. */
function migrateV1(x: v.InferOutput<typeof SettingsV1Schema>): Record<string, unknown> {
  const out: Record<string, unknown> = { version: 2 };
  if (x.language !== undefined) out.profile = { language: x.language };
  const hostility = x.hostileMessages !== undefined ? { messages: x.hostileMessages } : undefined;
  const time = x.ticketMinutes !== undefined ? { ticketMinutes: x.ticketMinutes } : undefined;
  if (hostility || time) out.limits = { ...(hostility && { hostility }), ...(time && { time }) };
  if (x.cooldownMinutes !== undefined) out.coach = { cooldownSeconds: x.cooldownMinutes * 60 };
  if (x.retentionDays !== undefined) out.retentionDays = x.retentionDays;
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Parsing

export type ParseResult =
  | {
      ok: true;
      settings: Settings;
      /** the `locked` list of the document (enforced only when it comes from the managed policy) */
      locked: string[];
      /** leaf paths the document actually set (after migration), as opposed to those filled with defaults */
      present: string[];
      migratedFrom?: number;
    }
  | { ok: false; field: string; message: string };

/** The field an issue is about, as a dotted path ('limits.time.ticketMinutes', 'lexicon.es.2.weight'). */
function fieldOf(issue: v.BaseIssue<unknown>): string {
  const path = v.getDotPath(issue);
  return path ?? '(document)';
}

function describe(issue: v.BaseIssue<unknown>): string {
  if (issue.type === 'strict_object' && issue.expected === 'never') return 'unknown field: Calma has no setting by this name';
  if (issue.type === 'strict_object' && issue.received === 'undefined') return 'is required';
  const got = issue.received && issue.received !== 'undefined' ? ` (got ${issue.received.length > 40 ? issue.received.slice(0, 40) + '…' : issue.received})` : '';
  return `${issue.message}${got}`;
}

function fail(issues: v.BaseIssue<unknown>[]): ParseResult {
  // the deepest issue names the field most precisely; valibot reports the outermost first on the same path
  const issue = issues[0];
  const field = fieldOf(issue);
  return { ok: false, field, message: `${field}: ${describe(issue)}` };
}

/** Cross-field rules the per-field schema cannot express. Returns the first broken one. */
function crossCheck(s: Parsed): ParseResult | null {
  for (const p of LIMIT_PATHS) {
    const b = getPath(s.bounds, p) as { min?: number; max?: number } | undefined;
    if (b && b.min !== undefined && b.max !== undefined && b.min > b.max) {
      const field = `bounds.${p}`;
      return { ok: false, field, message: `${field}: min (${b.min}) is above max (${b.max})` };
    }
  }
  if (s.limits.hostility.messages > s.limits.hostility.window) {
    return { ok: false, field: 'limits.hostility.messages', message: `limits.hostility.messages: ${s.limits.hostility.messages} hostile messages can never happen within a window of ${s.limits.hostility.window}` };
  }
  for (const lang of LEXICON_LANGS) {
    const seen = new Set<string>();
    for (const [i, t] of s.lexicon[lang].entries()) {
      const k = `${t.category}\t${t.term}`;
      if (seen.has(k)) return { ok: false, field: `lexicon.${lang}.${i}.term`, message: `lexicon.${lang}.${i}.term: "${t.term}" is listed twice in ${t.category}` };
      seen.add(k);
    }
  }
  return null;
}

/**
 * Validate a settings document (parsed JSON) of any supported version. Never throws, never mutates its input.
 * Missing sections and fields take their defaults; unknown fields, wrong types and out-of-range values are
 * refused, naming the field. A document from a newer Calma is refused (its meaning is unknown to this one).
 */
export function parseSettings(json: unknown): ParseResult {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return { ok: false, field: '(document)', message: '(document): must be a JSON object like {"version": 2, …}' };
  }
  const version = (json as { version?: unknown }).version;
  if (version === undefined) return { ok: false, field: 'version', message: 'version: is required (this Calma writes version 2)' };
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, field: 'version', message: `version: must be a whole number from 1 to ${SETTINGS_VERSION}` };
  }
  if (version > SETTINGS_VERSION) {
    return { ok: false, field: 'version', message: `version: this file is version ${version}, from a newer Calma; this one reads up to version ${SETTINGS_VERSION}. Update the extension first.` };
  }
  let doc: unknown = json;
  let migratedFrom: number | undefined;
  if (version === 1) {
    const r1 = v.safeParse(SettingsV1Schema, json);
    if (!r1.success) return fail(r1.issues);
    doc = migrateV1(r1.output);
    migratedFrom = 1;
  }
  const r = v.safeParse(SettingsV2Schema, doc);
  if (!r.success) return fail(r.issues);
  const bad = crossCheck(r.output);
  if (bad) return bad;
  const { locked, ...settings } = r.output;
  const present = leafPaths(doc).filter((p) => p !== 'version' && p !== 'locked');
  return { ok: true, settings, locked: [...new Set(locked)], present, ...(migratedFrom !== undefined && { migratedFrom }) };
}

/** JSON text → settings; malformed JSON names the position. */
export function parseSettingsText(text: string): ParseResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, field: '(file)', message: `(file): not valid JSON — ${(e as Error).message}` };
  }
  return parseSettings(json);
}

/** The document written by export: the full settings, current version, stable key order. */
export function serialiseSettings(s: Settings, locked: string[] = []): string {
  const doc: Record<string, unknown> = { ...s, version: SETTINGS_VERSION };
  if (locked.length) doc.locked = locked;
  return JSON.stringify(doc, null, 2) + '\n';
}
