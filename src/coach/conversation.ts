/**
 * The conversation state machine. A reducer (`step`) folds every message of the ticket, customer AND agent,
 * into a small state; `factsOf` derives what a coach needs to know (trend, whether calming was tried, whether the
 * customer was already asked to stop…); `situationsOf` turns the facts into cards. `coach` does all three.
 *
 * Pure: no DOM, no clock (pass `now`), no storage. Phrase lists for agent replies live in data/agent-acts.ts.
 */
import type { FlagId, Tone } from '../classify/types.ts';
import { AGENT_ACT_PHRASES } from './data/agent-acts.ts';
import type { AgentAct, ConvMessage, ConversationFacts, ConversationInput, LimitCrossing, Phase, Trend } from './facts.ts';
import { compilePhrases, findPhrases, fold, type CompiledPhrases } from './phrase-match.ts';
import { NO_GUIDANCE, type Guidance, type Level, type Situation } from './types.ts';

/** Abuse and escalation requests stay relevant for the last few customer messages; threats for the whole ticket. */
export const RECENT_WINDOW = 3;
/** Calm, clean customer messages in a row, after being upset, that count as "calmed down". */
export const CALM_STREAK = 2;
/** The trend compares the mean hostility of the last TREND_WINDOW customer messages with the TREND_WINDOW before. */
export const TREND_WINDOW = 2;
/** A change in mean hostility at least this big is a trend; smaller is steady. Hostility runs 0..4. */
export const TREND_DELTA = 0.5;

/** The card order (most urgent first) and each situation's level: what the badge and the header show. */
const LEVEL: Record<Situation, Level> = {
  'physical-threat': 3,
  'legal-threat': 3,
  'end-conversation': 2,
  escalation: 2,
  insult: 2,
  vulgarity: 2,
  calming: 1,
  recognition: 0,
  'cool-down': 1,
};

const THREAT: FlagId[] = ['legal_threat', 'physical_threat'];
const TONE_SCORE: Record<Tone, number> = { calm: 0, frustrated: 1, angry: 2 };

/**
 * Insults, or swearing in a message that is not calm: "jajaja weón qué rápido, gracias" and "holy shit that was fast"
 * swear in delight, and nobody needs to be asked to stop.
 */
const abusive = (tone: Tone, flags: readonly FlagId[]) => flags.includes('insult') || (flags.includes('vulgarity') && tone !== 'calm');

/** 0..4: tone, plus one for abuse, plus one more for a threat. */
export function hostilityOf(tone: Tone, flags: readonly FlagId[]): number {
  const abuse = abusive(tone, flags) ? 1 : 0;
  const threat = flags.some((f) => THREAT.includes(f)) ? 1 : 0;
  return TONE_SCORE[tone] + abuse + threat;
}

interface CustomerEntry {
  id: string;
  /** position among all messages, to order customer and agent messages against each other */
  at: number;
  tone: Tone;
  flags: FlagId[];
  hostility: number;
}
interface AgentEntry {
  id: string;
  at: number;
  acts: AgentAct[];
}

export interface ConversationState {
  customers: CustomerEntry[];
  agents: AgentEntry[];
  /** messages seen, of any role */
  count: number;
  lastId: string | null;
  firstTime: number | null;
  lastTime: number | null;
}

export const initialState = (): ConversationState => ({ customers: [], agents: [], count: 0, lastId: null, firstTime: null, lastTime: null });

let compiled: Record<AgentAct, CompiledPhrases> | null = null;
/**
 * The worker re-runs the whole ticket on every update, so replies already read are remembered (by text, which is
 * what the answer depends on). Bounded: the oldest entries go first.
 */
const ACTS_CACHE_SIZE = 500;
const actsCache = new Map<string, AgentAct[]>();

/** What an agent reply does, from its text: acknowledges, asks to stop, warns it will end, hands over. */
export function detectAgentActs(text: string): AgentAct[] {
  const hit = actsCache.get(text);
  if (hit) return [...hit];
  compiled ??= Object.fromEntries(Object.entries(AGENT_ACT_PHRASES).map(([k, v]) => [k, compilePhrases(v)])) as Record<AgentAct, CompiledPhrases>;
  const folded = fold(text);
  const acts = (Object.keys(compiled) as AgentAct[]).filter((act) => findPhrases(folded, compiled![act], { skipNegated: true }).length > 0);
  if (actsCache.size >= ACTS_CACHE_SIZE) actsCache.delete(actsCache.keys().next().value!);
  actsCache.set(text, acts);
  return [...acts];
}

/** One message in. Internal notes and unclassified customer messages change nothing but the clock. */
export function step(s: ConversationState, m: ConvMessage): ConversationState {
  const at = s.count;
  const next: ConversationState = {
    ...s,
    count: s.count + 1,
    lastId: m.id,
    firstTime: s.firstTime ?? m.time ?? null,
    lastTime: m.time ?? s.lastTime,
  };
  if (m.role === 'customer' && m.tone) {
    const flags = m.flags ?? [];
    next.customers = [...s.customers, { id: m.id, at, tone: m.tone, flags, hostility: hostilityOf(m.tone, flags) }];
  } else if (m.role === 'agent') {
    const acts = m.text ? detectAgentActs(m.text) : [];
    next.agents = [...s.agents, { id: m.id, at, acts }];
  }
  return next;
}

const has = (c: CustomerEntry, list: readonly FlagId[]) => c.flags.some((f) => list.includes(f));
const isAbuse = (c: CustomerEntry) => abusive(c.tone, c.flags);
const upset = (c: CustomerEntry) => c.tone !== 'calm' || isAbuse(c) || has(c, THREAT);
const hostile = (c: CustomerEntry) => c.tone === 'angry' || c.flags.some((f) => f !== 'impatience' && f !== 'escalation_request');
const calmAndClean = (c: CustomerEntry) => !upset(c);
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

function trendOf(h: number[]): Trend {
  if (h.length < 2) return 'steady';
  const last = h.slice(-TREND_WINDOW);
  const before = h.slice(-2 * TREND_WINDOW, -TREND_WINDOW);
  const d = mean(last) - mean(before.length ? before : h.slice(0, 1));
  return d >= TREND_DELTA ? 'rising' : d <= -TREND_DELTA ? 'falling' : 'steady';
}

/** Trailing calm, clean customer messages. */
function calmStreak(cs: CustomerEntry[]): CustomerEntry[] {
  let i = cs.length;
  while (i > 0 && calmAndClean(cs[i - 1])) i--;
  return cs.slice(i);
}

export function factsOf(s: ConversationState, opts: Omit<ConversationInput, 'messages'> = {}): ConversationFacts {
  const cs = s.customers;
  const ids = (pred: (c: CustomerEntry) => boolean) => cs.filter(pred).map((c) => c.id);
  const firstAgent = (after: number, act: AgentAct) => s.agents.find((a) => a.at > after && a.acts.includes(act)) ?? null;

  const firstUpset = cs.find(upset);
  const calming = firstUpset ? firstAgent(firstUpset.at, 'acknowledge') : null;
  const warning = s.agents.find((a) => a.acts.includes('ask-to-stop') || a.acts.includes('warn-end')) ?? null;
  const asked = cs.filter((c) => c.flags.includes('escalation_request'));
  const lastAsk = asked[asked.length - 1];
  const handedOver = lastAsk ? firstAgent(lastAsk.at, 'escalate') : null;
  const streak = calmStreak(cs);
  const wasUpset = cs.some(upset);
  const flagCounts = { vulgarity: 0, insult: 0, legal_threat: 0, physical_threat: 0, escalation_request: 0, impatience: 0 } as Record<FlagId, number>;
  const toneCounts: Record<Tone, number> = { calm: 0, frustrated: 0, angry: 0 };
  for (const c of cs) {
    toneCounts[c.tone]++;
    for (const f of c.flags) flagCounts[f] = (flagCounts[f] ?? 0) + 1;
  }
  const agentActs: Record<string, AgentAct[]> = {};
  for (const a of s.agents) if (a.acts.length) agentActs[a.id] = a.acts;
  const end = opts.now ?? s.lastTime;
  const hostility = cs.map((c) => c.hostility);

  const facts: ConversationFacts = {
    phase: 'calm',
    channel: opts.channel ?? null,
    customerMessages: cs.length,
    hostility,
    trend: trendOf(hostility),
    wasUpset,
    wasHostile: cs.some(hostile),
    flagCounts,
    toneCounts,
    calmingTried: calming !== null,
    calmingTriedAt: calming?.id ?? null,
    warnedAt: warning?.id ?? null,
    abuseAfterWarning: warning ? ids((c) => c.at > warning.at && isAbuse(c)) : [],
    threats: { legal: ids((c) => c.flags.includes('legal_threat')), physical: ids((c) => c.flags.includes('physical_threat')) },
    escalation: {
      asked: asked.map((c) => c.id),
      insisting: asked.length >= 2,
      handedOverAt: handedOver?.id ?? null,
      limits: (opts.limits ?? []).filter((l: LimitCrossing) => l.value >= l.threshold),
    },
    calmedDown: wasUpset && streak.length >= CALM_STREAK,
    ended: opts.ended === true,
    startedAt: s.firstTime,
    timeOnTicketMs: s.firstTime !== null && end !== null && end !== undefined ? Math.max(0, end - s.firstTime) : null,
    agentActs,
  };
  facts.phase = phaseOf(s, facts);
  return facts;
}

const recentOf = (s: ConversationState) => s.customers.slice(-RECENT_WINDOW);

/** The named state of the machine; see the Phase type for the transitions. */
function phaseOf(s: ConversationState, f: ConversationFacts): Phase {
  if (f.ended) return 'ended';
  // two calm, clean messages close the abusive episode: the abuse cards' advice would be stale now
  if (f.calmedDown) return calmStreak(s.customers).length <= RECENT_WINDOW ? 'calmed' : 'calm';
  const recent = recentOf(s);
  const recentIds = new Set(recent.map((c) => c.id));
  if (f.abuseAfterWarning.some((id) => recentIds.has(id))) return 'abuse-after-warning';
  const abuse = recent.filter(isAbuse);
  if (abuse.length) {
    const lastAbuse = abuse[abuse.length - 1].at;
    return s.agents.some((a) => a.at > lastAbuse && (a.acts.includes('ask-to-stop') || a.acts.includes('warn-end'))) ? 'warned' : 'abusive';
  }
  const latest = s.customers[s.customers.length - 1];
  return latest && latest.tone !== 'calm' ? 'upset' : 'calm';
}

/** The situations that hold, most urgent first, with the messages that put each one there. */
export function situationsOf(s: ConversationState, f: ConversationFacts): Guidance {
  const because: Guidance['because'] = {};
  const severity: Guidance['severity'] = {};
  const found = new Set<Situation>();
  const add = (sit: Situation, why: string[], sev: Level = LEVEL[sit]) => {
    if (!why.length) return;
    found.add(sit);
    because[sit] = why;
    severity[sit] = sev;
  };
  const cs = s.customers;
  const latest = cs[cs.length - 1];

  if (f.ended) {
    // A conversation that is over needs no more advice about the customer, only about the agent.
    if (f.wasHostile) add('cool-down', cs.filter(hostile).map((c) => c.id));
  } else {
    const recent = recentOf(s);
    const recentIds = new Set(recent.map((c) => c.id));
    const recentWith = (flag: FlagId) => recent.filter((c) => c.flags.includes(flag)).map((c) => c.id);

    add('physical-threat', f.threats.physical);
    add('legal-threat', f.threats.legal);
    const repeat = f.calmedDown ? [] : f.abuseAfterWarning.filter((id) => recentIds.has(id));
    add('end-conversation', repeat, repeat.length >= 2 ? 3 : 2);

    const askedRecently = recentWith('escalation_request');
    const limits = f.escalation.limits;
    const why = f.escalation.handedOverAt === null ? askedRecently : [];
    const escalationWhy = why.length ? why : limits.length ? [latest?.id ?? s.lastId ?? 'limit'] : [];
    add('escalation', escalationWhy, f.escalation.insisting || limits.length ? 3 : 2);

    // once the limit was set and ignored, the end-conversation card replaces the abuse cards
    if (!found.has('end-conversation') && !f.calmedDown) {
      const insults = recentWith('insult');
      add('insult', insults);
      if (!insults.length) add('vulgarity', recent.filter((c) => c.flags.includes('vulgarity') && isAbuse(c)).map((c) => c.id));
    }
    if (latest && latest.tone !== 'calm') add('calming', [latest.id], latest.tone === 'angry' ? 2 : 1);
    if (f.phase === 'calmed') add('recognition', calmStreak(cs).map((c) => c.id));
  }
  if (!found.size) return { ...NO_GUIDANCE, facts: f };
  const situations = (Object.keys(LEVEL) as Situation[]).filter((x) => found.has(x));
  const level = situations.reduce<Level>((l, x) => (LEVEL[x] > l ? LEVEL[x] : l), 0);
  return { level, situations, because, severity, facts: f };
}

/** Everything at once: fold the messages, derive the facts, list the situations. */
export function coach(input: ConversationInput): Guidance {
  const state = input.messages.reduce(step, initialState());
  return situationsOf(state, factsOf(state, input));
}

export const situationLevel = (s: Situation): Level => LEVEL[s];
