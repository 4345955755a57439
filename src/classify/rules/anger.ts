import { isNegated, matchesOf, overlaps, span, take, wordSet, type RuleContext } from '../context.ts';
import type { Match } from '../matcher.ts';
import type { FlagId } from '../types.ts';
import * as T from '../tunables.ts';
import { crimeReported, namesCrime } from './crime.ts';
import { isHeWill, rawOf } from './vulgarity.ts';

export interface AngerResult {
  anger: number;
  /** anger words found, for highlighting */
  cues: { start: number; end: number; term: string }[];
  /** a warm message whose swearing is surprise or delight, not frustration */
  friendly: boolean;
}

/** "estoy decepcionada", "me siento estafado": Spanish says it with a verb the self class leaves out (it would
 * also make "estoy cantando, escoria" the customer's own epithet) */
const FEEL = wordSet('estoy estamos siento');

/** '#': a hashtag */
const HASH = 35;

/**
 * "I'm fuming", "makes me so angry": the writer says they feel it (a word of the self class just before, same clause);
 * with `subject`, the writer says they are it ("I'm such an idiot", not "give me pretzels #frauds").
 */
function selfReport(ctx: RuleContext, index: number, subject = false): boolean {
  const clause = ctx.tokens[index].clause;
  for (let k = index - 1; k >= 0 && k >= index - 3; k--) {
    const t = ctx.tokens[k];
    if (t.clause !== clause) return false;
    if (ctx.inClass('self', t) && !(subject && t.norm === 'me')) return true;
  }
  return false;
}

/**
 * Thanks, praise or good humour (polite.tsv weight 1, not negated), a happy emoji, or "jaja"/"lol"; with
 * `sentence`, only a warm word in that sentence counts.
 */
export function isWarm(ctx: RuleContext, sentence?: number): boolean {
  if (sentence === undefined && ctx.stats.happyEmoji > 0) return true;
  const warm = warmSentences(ctx);
  return sentence === undefined ? warm.size > 0 : warm.has(sentence);
}

/** The sentences with a warm word, found once per message (rules ask per match; a long text must stay linear). */
function warmSentences(ctx: RuleContext): Set<number> {
  let warm = ctx.memo.warm;
  if (warm) return warm;
  warm = new Set();
  // (the "thanks" of "thanks for nothing" is no warmth)
  const sour: boolean[] = [];
  for (const a of matchesOf(ctx, 'anger')) take(sour, a);
  for (const m of matchesOf(ctx, 'polite')) if (m.row.weight >= 1 && !sour[m.from] && !isNegated(ctx, m.from, 2)) warm.add(ctx.tokens[m.from].sentence);
  if (ctx.anyInClass('joke')) for (let k = 0; k < ctx.tokens.length; k++) if (ctx.inClass('joke', ctx.tokens[k])) warm.add(ctx.tokens[k].sentence);
  ctx.memo.warm = warm;
  return warm;
}

/**
 * The strongest swear word over each token. An anger word inside one counts once, through the vulgarity score
 * ("mierda"), unless it says more than the swear word ("pissed off" is anger first, profanity second).
 */
function swearWeights(ctx: RuleContext): number[] {
  const swear: number[] = [];
  for (const v of matchesOf(ctx, 'vulgarity')) for (let k = v.from; k < v.to; k++) swear[k] = Math.max(swear[k] ?? 0, v.row.weight);
  return swear;
}

/** Is every word of the match inside a swear word at least as strong (swearWeights)? */
function inSwear(swear: number[], m: Match): boolean {
  for (let k = m.from; k < m.to; k++) if ((swear[k] ?? 0) < m.row.weight) return false;
  return true;
}

/** No anger word this strong (swear words aside, and not negated): "boludo, gracias che" is banter. */
export function noStrongAnger(ctx: RuleContext): boolean {
  const swear = swearWeights(ctx);
  for (const m of matchesOf(ctx, 'anger')) {
    if (m.row.weight < T.FRIENDLY_ANGER_MAX || isNegated(ctx, m.from, 3)) continue;
    if (!inSwear(swear, m)) return false;
  }
  return true;
}

/** A swear word, an insult word or an anger word at least HOSTILE_WORD_MIN strong and not negated (nor `excused`)? */
export function hostileWord(ctx: RuleContext, excused?: (m: Match) => boolean): boolean {
  for (const category of ['vulgarity', 'insult', 'anger']) {
    for (const m of matchesOf(ctx, category)) if (m.row.weight >= T.HOSTILE_WORD_MIN && !isNegated(ctx, m.from, 3) && !excused?.(m)) return true;
  }
  return false;
}

/**
 * Is the customer hostile: a hostile word in a message with no warmth ("la promo está bomba 💣, gracias" is delight)?
 * Found once per message.
 */
export const isHostile = (ctx: RuleContext): boolean => (ctx.memo.hostile ??= hostileWord(ctx) && !isWarm(ctx));

/**
 * "Why is it impossible to get a straight answer?", "¿Por qué me cobran dos veces?": a customer asking why is
 * questioning what was done (a sentence that starts with "why"; "por qué" anywhere, "no entiendo por qué…", but not
 * "porque", because); at most WHY_MAX count.
 */
function whyAsked(ctx: RuleContext): number {
  let n = 0;
  for (let k = 0; k < ctx.tokens.length && n < T.WHY_MAX; k++) {
    const t = ctx.tokens[k];
    const prev = ctx.tokens[k - 1];
    if ((t.norm === 'why' && prev?.sentence !== t.sentence) || (t.norm === 'que' && prev?.norm === 'por' && prev.end + 2 >= t.start)) n++;
  }
  return n;
}

/** Overlapping matches, the longest first; ties: the earlier, the heavier, then by term (so that the result never
 * depends on the order of a file's rows: the extension ships them grouped by weight) */
const longestFirst = (a: Match, b: Match) => b.to - b.from - (a.to - a.from) || a.from - b.from || b.row.weight - a.row.weight || (a.row.term < b.row.term ? -1 : 1);

/**
 * Anger 0..1 from the words (lexicons/<lang>/anger.tsv, intensified or negated), the flags already raised,
 * shouting (capitals, exclamation marks), angry emoji, and politeness that softens it.
 */
export function angerOf(ctx: RuleContext, flagScores: Record<FlagId, number>): AngerResult {
  const words: number[] = [];
  const cues: AngerResult['cues'] = [];
  // "estoy harta" and "harta" are one cue, not two: longest matches first, overlapping ones skipped
  const taken: boolean[] = [];
  const found = matchesOf(ctx, 'anger');
  // a swear word counts once, through the vulgarity score: "mierda" is not also an anger word (a longer phrase
  // around it, "go f*** yourself", still is)
  const swear = swearWeights(ctx);
  const ordered = found.length > 1 ? [...found].sort(longestFirst) : found;
  // an anger word the customer says they feel ("I'm pretty disappointed"), not negated
  let felt = false;
  for (const m of ordered) {
    if (overlaps(taken, m) || inSwear(swear, m) || (m.to - m.from === 1 && isHeWill(rawOf(ctx, m.from)))) continue;
    take(taken, m);
    let w = m.row.weight * T.ANGER_WORD_FACTOR;
    // "#fuming" is the writer labelling their own mood: the words before a hashtag do not negate it
    if (ctx.text.charCodeAt(ctx.tokens[m.from].start - 1) !== HASH && isNegated(ctx, m.from, 3)) w *= T.NEGATED_ANGER_FACTOR;
    const before = ctx.tokens[m.from - 1];
    if (before && before.sentence === ctx.tokens[m.from].sentence && ctx.inClass('intensifier', before)) w *= T.INTENSIFIER_BOOST;
    if (m.row.weight >= T.SELF_REPORT_MIN && selfReport(ctx, m.from)) w *= T.SELF_REPORT_BOOST;
    // "me robaron el celular, ya puse la denuncia": the theft is news, not anger at the company
    // (the message is scanned for the police only when an anger word names a crime)
    if (namesCrime(ctx, m) && crimeReported(ctx)) w *= T.CRIME_REPORT_FACTOR;
    words.push(w);
    felt ||= m.row.weight >= T.FELT_MIN && w >= m.row.weight && (selfReport(ctx, m.from) || FEEL.has(ctx.tokens[m.from - 1]?.norm ?? '') || FEEL.has(ctx.tokens[m.from - 2]?.norm ?? ''));
    const at = span(ctx, m);
    // mild words ("late", "broken") only break ties between calm messages: not worth highlighting
    if (m.row.weight >= T.ANGER_CUE_MIN) cues.push({ start: at.start, end: at.end, term: m.row.term });
  }
  // "this app is garbage", "servicio de porquería": an epithet for a thing is not an insult but is still anger
  if (flagScores.insult === 0) {
    const epithets = matchesOf(ctx, 'insult');
    for (const m of epithets.length > 1 ? [...epithets].sort(longestFirst) : epithets) {
      let free = true;
      for (let k = m.from; k < m.to && free; k++) free = !taken[k] && !(swear[k] ?? 0);
      // ("I'm such an idiot", "soy bien menso": said of themselves, it is no anger at all)
      if (free && !isNegated(ctx, m.from, 3) && !selfReport(ctx, m.from, true)) {
        words.push(m.row.weight * T.THING_EPITHET_ANGER);
        take(taken, m);
      }
    }
  }
  // (sorting costs even an empty list more than a short message's other steps here)
  if (cues.length > 1) cues.sort((a, b) => a.start - b.start);
  // the strongest anger word says most; a few more add to it with falling weight (a long email repeats itself)
  if (words.length > 1) words.sort((a, b) => b - a);
  const lexical = words.slice(0, T.ANGER_WORDS_COUNTED).reduce((sum, w, i) => sum + w * T.ANGER_WORD_DECAY ** i, 0);
  const count = ctx.stats.words;

  // "holy shit that was fast, thank u", "no mames q rápido jaja": swearing in a warm message is surprise or delight
  // (only swearing is softened, so warmth is looked for only when there is some)
  const friendly = flagScores.vulgarity > 0 && flagScores.insult === 0 && (words[0] ?? 0) < T.FRIENDLY_ANGER_MAX && isWarm(ctx);
  const fromFlags =
    // squared: "ffs" or "bloody hell" is frustration, "me cago en todo" is anger
    flagScores.vulgarity ** 2 * T.ANGER_FROM_VULGARITY * (friendly ? T.FRIENDLY_SWEAR_FACTOR : 1) +
    flagScores.insult * T.ANGER_FROM_INSULT +
    flagScores.physical_threat * T.ANGER_FROM_THREAT +
    flagScores.legal_threat * T.ANGER_FROM_LEGAL +
    flagScores.impatience * T.ANGER_FROM_IMPATIENCE +
    flagScores.escalation_request * T.ANGER_FROM_ESCALATION;

  const caps = count >= 3 ? ctx.stats.capsWords / count : 0;
  // "THANK YOU SO MUCH!!!! THE TECHNICIAN WAS AMAZING 🙌": capitals and "!" in a warm message with no anger word and
  // no flag are enthusiasm; in swearing in delight the "!" are ("la puta madre qué rápido llegó!! mil gracias")
  const enthusiastic = words.length === 0 && fromFlags === 0 && isWarm(ctx);
  const shouting = enthusiastic ? 0 :
    caps * T.ANGER_FROM_CAPS +
    (friendly ? 0 : Math.min(ctx.stats.exclamations, T.MAX_EXCLAMATIONS) * T.ANGER_PER_EXCLAMATION) +
    Math.min(ctx.stats.angryEmoji, T.MAX_ANGRY_EMOJI) * T.ANGER_PER_ANGRY_EMOJI;

  // "not happy" is no kindness
  // ...nor the "thanks" of "thanks for nothing" or the "great" of "oh great": a polite word inside an anger phrase
  let kind = ctx.stats.happyEmoji;
  // (a courtesy formula, "please", "hi there", "kind regards", softens half as much as thanks or praise)
  for (const m of matchesOf(ctx, 'polite')) if (!taken[m.from] && !isNegated(ctx, m.from, 2)) kind += m.row.weight;
  const polite = Math.min(2, kind) * T.POLITENESS_RELIEF;
  const raw = lexical + fromFlags + shouting + whyAsked(ctx) * T.WHY_ANGER - polite;
  // the calm band (tunables.ts, CALM_BAND_RAW): a straight line from the warmest message possible (anger 0, raw =
  // -2 × POLITENESS_RELIEF: the evidence is never negative and politeness counts at most twice) up to the curve
  // (in the band, a one-word message scores half as much as one of CALM_LENGTH_WORDS words or more: tunables.ts)
  let anger = raw < T.CALM_BAND_RAW ? ((AT_BAND * (raw + 2 * T.POLITENESS_RELIEF)) / (T.CALM_BAND_RAW + 2 * T.POLITENESS_RELIEF)) * (0.5 + Math.min(count, T.CALM_LENGTH_WORDS) / (2 * T.CALM_LENGTH_WORDS)) : 1 - Math.exp(-T.ANGER_SCALE * raw);
  // a customer who says they feel it is frustrated at least, thanks or not ("Thanks for getting back to me, but
  // honestly I'm pretty disappointed": 20 fresh sets, 6 such messages labelled frustrated, none calm), unless joking
  if (felt && !ctx.stats.happyEmoji && !ctx.anyInClass('joke')) anger = Math.max(anger, T.TONE_FRUSTRATED_MIN);
  return { anger, cues, friendly };
}

const AT_BAND = 1 - Math.exp(-T.ANGER_SCALE * T.CALM_BAND_RAW);
