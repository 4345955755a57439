import { describe, expect, it } from 'vitest';
import { DEFAULTS, LIMIT_PATHS, LIMIT_SPECS, SETTINGS_VERSION, defaultSettings, parseSettings, parseSettingsText, serialiseSettings, type Settings } from '../../../src/settings/schema.ts';
import { deepFreeze } from '../../../src/settings/paths.ts';

/** What the options page and the worker do with an import: keep the old settings unless the new ones parse. */
function applyImport(current: Settings, json: unknown): { settings: Settings; error: string | null; field: string | null } {
  const r = parseSettings(json);
  return r.ok ? { settings: r.settings, error: null, field: null } : { settings: current, error: r.message, field: r.field };
}

const valid = () => ({
  version: 2,
  profile: { name: 'Ana', language: 'es', channel: 'messaging' },
  limits: { hostility: { messages: 4, window: 8, anger: 0.8 }, time: { ticketMinutes: 25, requesterMinutes: 90 }, complexity: { messages: 50, reopenings: 3, issues: 4 } },
  bounds: { time: { ticketMinutes: { min: 10, max: 45 } } },
  retentionDays: 14,
  coach: { cooldownSeconds: 600, severityGate: 2 },
  lexicon: { es: [{ category: 'insult', term: 'patatero', weight: 0.7, exceptions: ['patatero oficial'], note: 'our slang' }], en: [] },
});

type Case = [name: string, input: unknown, field: string, messagePart?: RegExp];
const malformed: Case[] = [
  ['not an object (array)', [1, 2], '(document)'],
  ['not an object (string)', 'hello', '(document)'],
  ['null', null, '(document)'],
  ['missing version', { limits: {} }, 'version', /required/],
  ['version as text', { version: '2' }, 'version'],
  ['version zero', { version: 0 }, 'version'],
  ['newer version', { version: 3, limits: {} }, 'version', /newer/],
  ['much newer version', { version: 99 }, 'version', /newer/],
  ['unknown top-level field', { version: 2, colour: 'blue' }, 'colour', /unknown field/],
  ['unknown nested field', { version: 2, limits: { time: { ticketMinutes: 20, weekMinutes: 3 } } }, 'limits.time.weekMinutes', /unknown field/],
  ['unknown limit family', { version: 2, limits: { mood: {} } }, 'limits.mood', /unknown field/],
  ['wrong type: minutes as text', { version: 2, limits: { time: { ticketMinutes: '30' } } }, 'limits.time.ticketMinutes', /number/],
  ['wrong type: section as array', { version: 2, limits: [] }, 'limits'],
  ['out of range: ticket minutes too high', { version: 2, limits: { time: { ticketMinutes: 10_000 } } }, 'limits.time.ticketMinutes', /5 to 480/],
  ['out of range: ticket minutes too low', { version: 2, limits: { time: { ticketMinutes: 1 } } }, 'limits.time.ticketMinutes', /5 to 480/],
  ['negative requester minutes', { version: 2, limits: { time: { requesterMinutes: -5 } } }, 'limits.time.requesterMinutes'],
  ['fractional message count', { version: 2, limits: { hostility: { messages: 2.5 } } }, 'limits.hostility.messages', /whole number/],
  ['anger above 1', { version: 2, limits: { hostility: { anger: 1.5 } } }, 'limits.hostility.anger'],
  ['NaN-like value (null)', { version: 2, limits: { complexity: { issues: null } } }, 'limits.complexity.issues'],
  ['more hostile messages than the window', { version: 2, limits: { hostility: { messages: 12, window: 5 } } }, 'limits.hostility.messages', /window/],
  ['bad language', { version: 2, profile: { language: 'fr' } }, 'profile.language', /auto, es, en/],
  ['bad channel', { version: 2, profile: { channel: 'phone' } }, 'profile.channel'],
  ['name too long', { version: 2, profile: { name: 'x'.repeat(200) } }, 'profile.name', /60/],
  ['retention zero days', { version: 2, retentionDays: 0 }, 'retentionDays'],
  ['retention as boolean', { version: 2, retentionDays: true }, 'retentionDays'],
  ['cooldown above a day', { version: 2, coach: { cooldownSeconds: 100_000 } }, 'coach.cooldownSeconds'],
  ['severity gate 4', { version: 2, coach: { severityGate: 4 } }, 'coach.severityGate'],
  ['bounds min above max', { version: 2, bounds: { time: { ticketMinutes: { min: 60, max: 30 } } } }, 'bounds.time.ticketMinutes', /above max/],
  ['bounds outside the absolute range', { version: 2, bounds: { hostility: { window: { max: 500 } } } }, 'bounds.hostility.window.max'],
  ['unknown bound key', { version: 2, bounds: { time: { ticketMinutes: { lowest: 3 } } } }, 'bounds.time.ticketMinutes.lowest', /unknown field/],
  ['lexicon term with capitals', { version: 2, lexicon: { es: [{ category: 'insult', term: 'Patatero', weight: 0.5 }] } }, 'lexicon.es.0.term', /lower case/],
  ['lexicon weight out of range', { version: 2, lexicon: { en: [{ category: 'anger', term: 'grr', weight: 2 }] } }, 'lexicon.en.0.weight', /0 to 1/],
  ['lexicon unknown category', { version: 2, lexicon: { en: [{ category: 'rudeness', term: 'grr', weight: 0.5 }] } }, 'lexicon.en.0.category'],
  ['lexicon exceptions not a list', { version: 2, lexicon: { en: [{ category: 'anger', term: 'grr', weight: 0.5, exceptions: 'grr ok' }] } }, 'lexicon.en.0.exceptions'],
  ['lexicon exception with accents', { version: 2, lexicon: { es: [{ category: 'anger', term: 'grr', weight: 0.5, exceptions: ['qué grr'] }] } }, 'lexicon.es.0.exceptions.0'],
  ['lexicon unknown language', { version: 2, lexicon: { fr: [] } }, 'lexicon.fr', /unknown field/],
  ['lexicon duplicate term', { version: 2, lexicon: { en: [{ category: 'anger', term: 'grr', weight: 0.5 }, { category: 'anger', term: 'grr', weight: 0.6 }] } }, 'lexicon.en.1.term', /twice/],
  ['lexicon term missing weight', { version: 2, lexicon: { en: [{ category: 'anger', term: 'grr' }] } }, 'lexicon.en.0.weight', /required/],
  ['locked names no setting', { version: 2, locked: ['limits.time.weekMinutes'] }, 'locked.0'],
  ['v1 with unknown field', { version: 1, hostileMessages: 3, mood: 'x' }, 'mood', /unknown field/],
  ['v1 out of range', { version: 1, ticketMinutes: 2 }, 'ticketMinutes'],
];

describe('parseSettings refuses malformed documents, naming the field, and leaves current settings untouched', () => {
  it('has at least 20 malformed cases', () => expect(malformed.length).toBeGreaterThanOrEqual(20));
  const current = deepFreeze(parseSettings(valid()).ok ? (parseSettings(valid()) as { settings: Settings }).settings : defaultSettings());
  const snapshot = JSON.stringify(current);
  it.each(malformed)('%s', (_name, input, field, messagePart) => {
    const inputCopy = JSON.stringify(input);
    const r = parseSettings(input);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.field).toBe(field);
    expect(r.message.startsWith(`${field}:`)).toBe(true);
    if (messagePart) expect(r.message).toMatch(messagePart);
    const after = applyImport(current, input);
    expect(after.settings).toBe(current);
    expect(JSON.stringify(after.settings)).toBe(snapshot);
    expect(JSON.stringify(input)).toBe(inputCopy); // the input is not modified either
  });

  it('malformed JSON text names the file and the position', () => {
    const r = parseSettingsText('{"version": 2, "limits": {');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.field).toBe('(file)');
      expect(r.message).toMatch(/not valid JSON/);
    }
  });
});

describe('parseSettings accepts', () => {
  it('the minimal document and fills every default', () => {
    const r = parseSettings({ version: 2 });
    expect(r.ok && r.settings).toEqual(DEFAULTS);
    expect(r.ok && r.present).toEqual([]);
  });

  it('a full document, reporting which fields it set', () => {
    const r = parseSettings(valid());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.settings.limits.time.ticketMinutes).toBe(25);
    expect(r.settings.limits.hostility.window).toBe(8);
    expect(r.settings.lexicon.es[0]).toEqual({ category: 'insult', term: 'patatero', weight: 0.7, exceptions: ['patatero oficial'], note: 'our slang' });
    expect(r.present).toContain('limits.time.ticketMinutes');
    expect(r.present).toContain('bounds.time.ticketMinutes.max');
    expect(r.present).toContain('lexicon.es');
  });

  it('every limit default is inside its own range', () => {
    for (const p of LIMIT_PATHS) {
      const s = LIMIT_SPECS[p];
      expect(s.default).toBeGreaterThanOrEqual(s.min);
      expect(s.default).toBeLessThanOrEqual(s.max);
    }
  });

  it('migrates version 1 (the flat draft) to the current version', () => {
    const r = parseSettings({ version: 1, language: 'es', hostileMessages: 5, ticketMinutes: 20, cooldownMinutes: 3, retentionDays: 7 });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.migratedFrom).toBe(1);
    expect(r.settings.version).toBe(SETTINGS_VERSION);
    expect(r.settings.profile.language).toBe('es');
    expect(r.settings.limits.hostility.messages).toBe(5);
    expect(r.settings.limits.time.ticketMinutes).toBe(20);
    expect(r.settings.coach.cooldownSeconds).toBe(180);
    expect(r.settings.retentionDays).toBe(7);
    expect(r.settings.limits.complexity).toEqual(DEFAULTS.limits.complexity);
  });

  it('export → import round-trips exactly', () => {
    const first = parseSettings(valid());
    if (!first.ok) throw new Error(first.message);
    const again = parseSettingsText(serialiseSettings(first.settings));
    expect(again.ok && again.settings).toEqual(first.settings);
  });

  it('defaultSettings() gives independent copies', () => {
    const a = defaultSettings();
    a.lexicon.es.push({ category: 'anger', term: 'x', weight: 0.1, exceptions: [], note: '' });
    expect(defaultSettings().lexicon.es).toEqual([]);
    expect(Object.isFrozen(DEFAULTS)).toBe(true);
  });
});
