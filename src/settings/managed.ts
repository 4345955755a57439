/**
 * Team policy on top of the agent's own settings. Pure.
 *
 * The policy (IT-managed through chrome.storage.managed, or a team lead's file) is a settings document of the
 * same schema, in which only the fields it sets count, plus `locked`:
 *   - a LOCKED path takes the policy's value (or the built-in default when the policy gives none) and the agent
 *     cannot change it; the options page shows it as set by the organisation;
 *   - an UNLOCKED value replaces Calma's built-in default: an agent who has not changed that field gets it, an
 *     agent who has keeps their own value;
 *   - `bounds` are the lead's: the policy's bounds replace the local ones, and every limit the agent chose is
 *     clamped into them (locked values are not clamped: the policy said exactly what it wants);
 *   - lexicon terms add up: the team's terms first, then the agent's own (a team term wins over an agent term
 *     with the same category and text); a locked lexicon list is the team's list only.
 */
import { clone, getPath, setPath } from './paths.ts';
import { DEFAULTS, LIMIT_PATHS, LIMIT_SPECS, type LexiconTerm, type LimitPath, type ParseResult, type Settings } from './schema.ts';

export type Policy = Extract<ParseResult, { ok: true }>;

export interface Merged {
  effective: Settings;
  /** dotted paths ('limits.time.ticketMinutes') the agent may not change */
  locked: Set<string>;
  /** limits moved into the team's bounds */
  clamped: Clamp[];
}

export interface Clamp {
  path: string;
  from: number;
  to: number;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function mergeTerms(team: LexiconTerm[], own: LexiconTerm[]): LexiconTerm[] {
  const key = (t: LexiconTerm) => `${t.category}\t${t.term}`;
  const taken = new Set(team.map(key));
  return [...team, ...own.filter((t) => !taken.has(key(t)))];
}

export function mergeManaged(local: Settings, managed: Policy | null): Merged {
  if (!managed) {
    const c = clampToTeamBounds(local);
    return { effective: c.settings, locked: new Set(), clamped: c.clamped };
  }
  let eff: Settings = clone(local);
  const locked = new Set(managed.locked);
  const present = managed.present.filter((p) => !p.startsWith('bounds.'));
  for (const p of present) {
    if (locked.has(p)) continue; // below
    const value = getPath(managed.settings, p);
    if (p === 'lexicon.es' || p === 'lexicon.en') {
      eff = setPath(eff, p, mergeTerms(value as LexiconTerm[], getPath(local, p) as LexiconTerm[]));
    } else if (same(getPath(local, p), getPath(DEFAULTS, p))) {
      eff = setPath(eff, p, clone(value));
    }
  }
  for (const p of locked) {
    const value = present.includes(p) ? getPath(managed.settings, p) : getPath(DEFAULTS, p);
    eff = setPath(eff, p, clone(value));
  }
  for (const p of managed.present.filter((q) => q.startsWith('bounds.'))) {
    eff = setPath(eff, p, getPath(managed.settings, p));
  }
  const c = clampToTeamBounds(eff, locked);
  return { effective: c.settings, locked, clamped: c.clamped };
}

/** Every limit inside [bounds.min, bounds.max] of the same settings; `keep` paths are left as they are. */
export function clampToTeamBounds(s: Settings, keep: ReadonlySet<string> = new Set()): { settings: Settings; clamped: Clamp[] } {
  let out = s;
  const clamped: Clamp[] = [];
  for (const p of LIMIT_PATHS) {
    const path = `limits.${p}`;
    if (keep.has(path)) continue;
    const { min, max } = teamBounds(s, p);
    const from = getPath(s.limits, p) as number;
    const to = Math.min(max, Math.max(min, from));
    if (to !== from) {
      out = setPath(out, path, to);
      clamped.push({ path, from, to });
    }
  }
  return { settings: out, clamped };
}

/** The range the agent may choose for a limit: the team's bounds inside Calma's absolute range. */
export function teamBounds(s: Settings, p: LimitPath): { min: number; max: number } {
  const spec = LIMIT_SPECS[p];
  const b = (getPath(s.bounds, p) as { min?: number; max?: number } | undefined) ?? {};
  const min = Math.max(spec.min, b.min ?? spec.min);
  const max = Math.min(spec.max, b.max ?? spec.max);
  return min <= max ? { min, max } : { min, max: min };
}
