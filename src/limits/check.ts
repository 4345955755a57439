/**
 * Which personal limits a ticket has crossed, and which of those the coach should announce now. Pure.
 */
import type { FlagId, Tone } from '../classify/types.ts';
import { HOSTILITY_MIN_SAMPLE, LIMIT_SPECS, type LimitPath, type Settings } from '../settings/schema.ts';

/** The limits that can be crossed (`hostility.window` is a parameter of `hostility.messages`, not a limit). */
export const CHECKED_LIMITS = ['hostility.messages', 'hostility.anger', 'time.ticketMinutes', 'time.requesterMinutes', 'complexity.messages', 'complexity.reopenings', 'complexity.issues'] as const satisfies readonly LimitPath[];
export type CheckedLimit = (typeof CHECKED_LIMITS)[number];

/** Flags that make a customer message hostile on their own (impatience and escalation requests do not). */
export const HOSTILE_FLAGS: readonly FlagId[] = ['insult', 'vulgarity', 'legal_threat', 'physical_threat'];

export function isHostile(m: { tone: Tone; flags: readonly FlagId[] }): boolean {
  return m.tone === 'angry' || m.flags.some((f) => HOSTILE_FLAGS.includes(f));
}

export interface CustomerFact {
  tone: Tone;
  flags: readonly FlagId[];
  /** the classifier's 0..1 */
  anger: number;
}

/** What the limits look at for one ticket. */
export interface LimitInput {
  /** customer messages, oldest first */
  customer: readonly CustomerFact[];
  /** all messages of the conversation (customer and agent) */
  messages: number;
  reopenings: number;
  issues: number;
  ticketMinutes: number;
  requesterMinutes: number;
}

export interface Crossing {
  limit: CheckedLimit;
  /** the measured value (minutes rounded down, anger to two decimals) */
  value: number;
  threshold: number;
  /** value − threshold (0 when exactly reached) */
  by: number;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

export function measure(input: LimitInput, s: Settings): Record<CheckedLimit, number | null> {
  const window = input.customer.slice(-s.limits.hostility.window);
  const meanAnger = window.length >= HOSTILITY_MIN_SAMPLE ? round2(window.reduce((a, m) => a + m.anger, 0) / window.length) : null;
  return {
    'hostility.messages': window.filter(isHostile).length,
    'hostility.anger': meanAnger,
    'time.ticketMinutes': Math.floor(input.ticketMinutes),
    'time.requesterMinutes': Math.floor(input.requesterMinutes),
    'complexity.messages': input.messages,
    'complexity.reopenings': input.reopenings,
    'complexity.issues': input.issues,
  };
}

/** Every limit reached or passed, in CHECKED_LIMITS order. */
export function checkLimits(input: LimitInput, s: Settings): Crossing[] {
  const values = measure(input, s);
  const out: Crossing[] = [];
  for (const limit of CHECKED_LIMITS) {
    const value = values[limit];
    const [family, key] = limit.split('.') as [keyof Settings['limits'], string];
    const threshold = (s.limits[family] as Record<string, number>)[key];
    if (value !== null && value >= threshold) out.push({ limit, value, threshold, by: LIMIT_SPECS[limit].integer ? value - threshold : round2(value - threshold) });
  }
  return out;
}

/** When each crossing was last announced, per ticket: "<ticket>|<limit>" → ms. */
export type Shown = Record<string, number>;

/**
 * The crossings to announce now: each once per ticket and limit, and again only after `cooldownSeconds` if
 * still crossed. Returns the updated record; `shown` is not modified.
 */
export function dueCrossings(shown: Shown, ticket: string, crossings: readonly Crossing[], now: number, cooldownSeconds: number): { due: Crossing[]; shown: Shown } {
  const due: Crossing[] = [];
  const next = { ...shown };
  for (const c of crossings) {
    const k = `${ticket}|${c.limit}`;
    const last = shown[k];
    if (last === undefined || now - last >= cooldownSeconds * 1000) {
      due.push(c);
      next[k] = now;
    }
  }
  return { due, shown: next };
}
