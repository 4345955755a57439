import type { Match, Matcher } from './matcher.ts';
import type { TextStats, Token } from './tokenize.ts';
import type { Evidence, FlagId, Lang } from './types.ts';
import { NEGATION_WINDOW } from './tunables.ts';

/** A set of words written as one string, one space between words: ships shorter than an array of strings. */
export const wordSet = (list: string): Set<string> => new Set(list.split(' '));

/** Everything a rule may look at. Rules are pure functions of this. */
export interface RuleContext {
  text: string;
  lang: Lang;
  tokens: Token[];
  stats: TextStats;
  /** matches per lexicon category, in text order */
  matches: Map<string, Match[]>;
  /** membership test for class files (class-<name>.tsv) of the message's language(s) */
  inClass(name: string, t: Token): boolean;
  /** is some word of the message in the class (inClass of any token)? Lets a rule skip a scan that cannot succeed */
  anyInClass(name: string): boolean;
  /**
   * What the rules work out once per message and ask about per match (a long text must stay linear). A fresh object
   * per message with every field present, so that its shape never changes (cheaper than a WeakMap per question).
   */
  memo: Memo;
}

export interface Memo {
  warm: Set<number> | undefined;
  hostile: boolean | undefined;
  asking: boolean | undefined;
  quiet: boolean | undefined;
  titled: boolean | undefined;
  /** crime.ts: bit 1 a crime the customer suffered, bit 2 the police named */
  crime: number | undefined;
  threatEnds: Uint8Array | undefined;
  sentences: Map<string, Set<number>> | undefined;
  starts: Map<string, Uint8Array> | undefined;
}

export const newMemo = (): Memo => ({ warm: undefined, hostile: undefined, asking: undefined, quiet: undefined, titled: undefined, crime: undefined, threatEnds: undefined, sentences: undefined, starts: undefined });

export interface RuleResult {
  score: number;
  evidence: Evidence[];
}

export interface Rule {
  flag: FlagId;
  run(ctx: RuleContext): RuleResult;
}

export function matchesOf(ctx: RuleContext, category: string): Match[] {
  return ctx.matches.get(category) ?? [];
}

export function span(ctx: RuleContext, m: Match): { start: number; end: number } {
  return { start: ctx.tokens[m.from].start, end: ctx.tokens[m.to - 1].end };
}

export function evidenceFor(ctx: RuleContext, flag: Evidence['flag'], m: Match, rule: string, reason: string): Evidence {
  return { flag, start: ctx.tokens[m.from].start, end: ctx.tokens[m.to - 1].end, rule, reason };
}

/** Evidence for one word. */
export function wordEvidence(flag: Evidence['flag'], t: Token, rule: string, reason: string): Evidence {
  return { flag, start: t.start, end: t.end, rule, reason };
}

/** Is a word of the match marked in `taken`? */
export function overlaps(taken: boolean[], m: Match): boolean {
  for (let k = m.from; k < m.to; k++) if (taken[k]) return true;
  return false;
}

/** Marks the match's words in `taken`. */
export function take(taken: boolean[], m: Match): void {
  for (let k = m.from; k < m.to; k++) taken[k] = true;
}

/** "no mames", "no manches", "no jodas": Mexican and Spanish exclamations ("no way!"), not negations */
const EXCLAIMS = wordSet('mames manches jodas inventes chingues friegues');

/**
 * Is the word at `index` negated? Looks back a few words within its clause; stops at a contrast word
 * ("pero", "but": "no es tu culpa, pero…"). "si no …" / "if not …" is a condition, not a negation.
 * A `barrier` class word that is not itself negated also stops the look-back: in "I don't understand, I
 * need to talk to someone" the "need" starts a new request ("I don't need…" is still negated).
 */
export function isNegated(ctx: RuleContext, index: number, window = NEGATION_WINDOW, negation = 'negation', barrier?: string): boolean {
  const t0 = ctx.tokens[index];
  for (let k = index - 1; k >= 0 && k >= index - window; k--) {
    const t = ctx.tokens[k];
    if (t.clause !== t0.clause) return false;
    if (ctx.inClass('contrast', t) || ctx.inClass('clause', t)) return false;
    if (barrier && ctx.inClass(barrier, t)) {
      const before = ctx.tokens[k - 1];
      return !!before && before.clause === t.clause && ctx.inClass(negation, before);
    }
    if (ctx.inClass(negation, t) && !EXCLAIMS.has(ctx.tokens[k + 1].norm)) {
      // "si no …", "si hoy no me llamáis …", "if the fee isn't …": a condition, not a negation
      for (let j = k - 1; j >= 0 && j >= k - 3; j--) {
        const before = ctx.tokens[j];
        if (before.clause !== t.clause) break;
        if (ctx.inClass('conditional', before)) return false;
      }
      return true;
    }
  }
  return false;
}

/**
 * Is any word of the sentence containing `index` in the class (e.g. "joke": jaja, lol), and not negated
 * ("no estoy bromeando" is the opposite of a joke)? Looks at the next sentence too: "…te mato. jaja".
 */
export function sentenceHas(ctx: RuleContext, index: number, cls: string): boolean {
  const s = ctx.tokens[index].sentence;
  const found = sentencesWith(ctx, cls);
  return found.has(s) || found.has(s + 1);
}

/** The sentences with a word of the class, not negated, found once per message and class (rules ask per match: a long
 * sentence full of matches must stay linear). */
function sentencesWith(ctx: RuleContext, cls: string): Set<number> {
  const byClass = (ctx.memo.sentences ??= new Map());
  let found = byClass.get(cls);
  if (found === undefined) {
    found = new Set();
    if (ctx.anyInClass(cls)) for (let k = 0; k < ctx.tokens.length; k++) if (ctx.inClass(cls, ctx.tokens[k]) && !isNegated(ctx, k, 3)) found.add(ctx.tokens[k].sentence);
    byClass.set(cls, found);
  }
  return found;
}

/**
 * Where phrases of the categories at least `min` heavy start, by token, found once per message for each question
 * (rules ask per match or per token: a long text must stay linear).
 */
export function matchStarts(ctx: RuleContext, categories: readonly string[], min = 0): Uint8Array {
  const key = categories.join() + '@' + min;
  const byKey = (ctx.memo.starts ??= new Map());
  let starts = byKey.get(key);
  if (starts === undefined) {
    starts = new Uint8Array(ctx.tokens.length);
    for (const cat of categories) for (const m of matchesOf(ctx, cat)) if (m.row.weight >= min) starts[m.from] = 1;
    byKey.set(key, starts);
  }
  return starts;
}

/** Probabilistic OR of independent pieces of evidence. */
export function combine(scores: number[]): number {
  let p = 1;
  for (const s of scores) p *= 1 - Math.max(0, Math.min(1, s));
  return 1 - p;
}

export const round2 = (x: number) => Math.round(x * 100) / 100;

/** Words that point at one particular person already known: "that branch manager", "those two clowns", "ese gerente". */
export const POINTED = wordSet('that those these ese esa esos esas aquel aquella aquellos');
