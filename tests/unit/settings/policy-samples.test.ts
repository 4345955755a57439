import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSettings } from '../../../src/settings/schema.ts';

const DIR = join(import.meta.dirname, '..', '..', '..', 'docs', 'policies');
const PINNED_ID = 'fmalahimlcnoimmbhigmgleohejjfjib';
const json = (f: string) => JSON.parse(readFileSync(join(DIR, f), 'utf8'));

/** The Windows .reg holds the same policy as JSON strings and DWORDs; read it back into an object. */
function fromReg(text: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  let inCalma = false;
  for (const line of text.split(/\r?\n/)) {
    if (line.startsWith('[')) inCalma = line.includes(`3rdparty\\extensions\\${PINNED_ID}\\policy`);
    const m = /^"([^"]+)"=(dword:([0-9a-f]{8})|"(.*)")$/.exec(line);
    if (!inCalma || !m) continue;
    out[m[1]] = m[3] !== undefined ? parseInt(m[3], 16) : JSON.parse(m[4].replace(/\\"/g, '"').replace(/\\\\/g, '\\'));
  }
  return out;
}

describe('sample policy files in docs/policies parse with the settings schema', () => {
  it('the team policy file', () => {
    const r = parseSettings(json('calma-team-policy.json'));
    expect(r.ok ? r.locked : r.message).toEqual(['limits.time.ticketMinutes', 'retentionDays']);
  });
  it('Chrome on Linux: 3rdparty part, pinned id, helpdesk hosts only', () => {
    const p = json('chrome-linux-calma.json');
    expect(parseSettings(p['3rdparty'].extensions[PINNED_ID]).ok).toBe(true);
    const ext = p.ExtensionSettings[PINNED_ID];
    expect(ext.installation_mode).toBe('force_installed');
    expect(ext.runtime_allowed_hosts).toEqual(['*://*.zendesk.com', '*://*.freshdesk.com']);
  });
  it('Firefox policies.json: 3rdparty part under the gecko id', () => {
    const p = json('firefox-policies.json').policies;
    expect(parseSettings(p['3rdparty'].Extensions['calma@calma-coach.org']).ok).toBe(true);
  });
  it('Windows .reg: the same policy as the team file', () => {
    const reg = fromReg(readFileSync(join(DIR, 'chrome-windows-calma.reg'), 'utf16le').replace(/^\uFEFF/, ''));
    const r = parseSettings(reg);
    const team = parseSettings(json('calma-team-policy.json'));
    expect(r.ok && team.ok && r.settings).toEqual(team.ok && team.settings);
  });
});
