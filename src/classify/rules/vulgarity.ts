import { combine, evidenceFor, matchesOf, wordSet, type Rule, type RuleContext } from '../context.ts';
import type { Match } from '../matcher.ts';
import { VULGARITY_MIN } from '../tunables.ts';

/**
 * Any profanity in the customer's own words (quoted history is already gone), obfuscated or not.
 * Negation does not matter: "no es una mierda" still contains the word.
 */
export const vulgarity: Rule = {
  flag: 'vulgarity',
  run(ctx) {
    // one score per stretch of words: "joder" matched as joder, jod* and jode* is one swear word, not three
    const spans: { from: number; to: number; w: number }[] = [];
    const evidence = [];
    for (const m of matchesOf(ctx, 'vulgarity')) {
      if (m.to - m.from === 1) {
        const raw = rawOf(ctx, m.from);
        if (isHeWill(raw)) continue;
        // "Dick Hancock", "Sandy Balls holiday park", "at Dick's": a capitalised word beside another, mid-sentence, or
        // owning something, is a name
        if (isName(ctx, m) || isCode(ctx, m.from)) continue;
        // ("jajaja weón qué rápido, gracias" is friendly swearing, and swearing all the same: 16 fresh sets label 36 of
        // 39 such messages so, as the "any profanity" asks)
      }
      // matches come in text order, so an overlapping one can only be the last stretch (linear, even for 1 MB of swearing)
      const last = spans[spans.length - 1];
      const same = last && m.from < last.to && last.from < m.to ? last : undefined;
      if (same) {
        same.w = Math.max(same.w, m.row.weight);
        same.from = Math.min(same.from, m.from);
        same.to = Math.max(same.to, m.to);
      } else spans.push({ from: m.from, to: m.to, w: m.row.weight });
      if (m.row.weight >= VULGARITY_MIN) evidence.push(evidenceFor(ctx, 'vulgarity', m, `vulgarity:${m.row.term}`, ctx.lang === 'es' ? 'palabrota' : 'profanity'));
    }
    const top = spans.map((x) => x.w);
    if (top.length > 1) top.sort((a, b) => b - a);
    // the strongest word decides; more words add a little
    return { score: top.length ? combine([top[0], ...top.slice(1, 3).map((s) => s * 0.3)]) : 0, evidence };
  },
};

/** "he'll" is not "hell" (contractions lose their apostrophe in the normal form) */
export const isHeWill = (raw: string) => /^he['’]ll$/i.test(raw);
export const rawOf = (ctx: RuleContext, i: number) => ctx.text.slice(ctx.tokens[i].start, ctx.tokens[i].end);
/** "Dick", not "DICK" or "dick" */
const isTitled = (w: string) => w.length > 1 && /^\p{Lu}\p{Ll}+$/u.test(w);

/** Words after which a capitalised word is a person's name ("with Dick", "para Concha"). */
const NAME_BEFORE = wordSet('with to for from ask tell and called named con para llamado llamada la el');

function nameBeside(ctx: RuleContext, m: Match): boolean {
  const t = ctx.tokens[m.from];
  const prev = ctx.tokens[m.from - 1];
  const next = ctx.tokens[m.to];
  const startsSentence = !prev || prev.sentence !== t.sentence;
  if (next && next.sentence === t.sentence && isTitled(rawOf(ctx, m.to))) return true;
  // "a PT session with Dick at the Bondi club", "Dick's Sporting Goods": after a word that introduces a person, or
  // owning something
  if (!startsSentence && NAME_BEFORE.has(prev.norm) && !isTitled(rawOf(ctx, m.from - 1))) return true;
  if (/^['’]s\b/.test(ctx.text.slice(t.end, t.end + 3))) return true;
  // the word before must not itself start the sentence ("Sandy Balls" mid-sentence, not "Bloody Hell!")
  if (!startsSentence && isTitled(rawOf(ctx, m.from - 1))) {
    const before = ctx.tokens[m.from - 2];
    return (!!before && before.sentence === t.sentence) || nameLine(ctx, m.from - 1, t.end);
  }
  return false;
}

/** "Laura Gil" alone on its line (a signature): two capitalised words, the first of no word class ("You Idiot" is none). */
function nameLine(ctx: RuleContext, first: number, end: number): boolean {
  const f = ctx.tokens[first];
  const lineStart = f.start === 0 || ctx.text[f.start - 1] === '\n';
  const lineEnd = end === ctx.text.length || ctx.text[end] === '\n' || ctx.text[end] === '\r';
  return lineStart && lineEnd && f.m0 === 0 && f.m1 === 0;
}

/** In Title Case Writing Every Word Is Capitalised, so capitals say nothing about names. Counted once per message. */
function mostlyTitled(ctx: RuleContext): boolean {
  let titled = ctx.memo.titled;
  if (titled !== undefined) return titled;
  let n = 0;
  for (let i = 0; i < ctx.tokens.length; i++) if (isTitled(rawOf(ctx, i))) n++;
  titled = n > ctx.tokens.length * 0.4;
  ctx.memo.titled = titled;
  return titled;
}

/** "Order #FN-228173", "ref WTF-2291": letters of a reference code, not a word */
function isCode(ctx: RuleContext, i: number): boolean {
  const t = ctx.tokens[i];
  return ctx.text.charCodeAt(t.end) === 45 && /[0-9]/.test(ctx.text[t.end + 1] ?? '');
}

/** A single capitalised word beside another capitalised word mid-sentence, in a message not written in Title Case. */
export function isName(ctx: RuleContext, m: Match): boolean {
  // "Dick's" is one word to the tokenizer: the owner's name is "Dick", and owning something marks a name
  const raw = rawOf(ctx, m.from);
  const owner = /['’]s$/.test(raw);
  return isTitled(owner ? raw.slice(0, -2) : raw) && (owner || nameBeside(ctx, m)) && !mostlyTitled(ctx);
}
