import { matchesOf, POINTED, wordEvidence, wordSet, type Rule, type RuleContext } from '../context.ts';
import type { Match } from '../matcher.ts';
import { ESCALATION_DEMANDED_ALONE, ESCALATION_MIN, SENTENCE_REACH } from '../tunables.ts';
import { phraseRule } from './phrase-rule.ts';

/** Verbs that describe someone rather than ask for them. */
const DESCRIBED = wordSet('is are was were works worked said told es son fue era eran fueron trabaja dijo');
/** ...or tell what they already did: "your supervisor Kylie rang me back", "tu supervisor ya me llamó" */
const DID = wordSet('rang rung phoned called emailed sorted approved llamo escribio aprobo resolvio arreglo contacto');

/** "Next I will escalate to TRAI", "I'll escalate this to the ombudsman": escalating to a regulator is a legal threat. */
function toRegulator(ctx: RuleContext, m: Match): boolean {
  if (!/^(?:escal|refer)/.test(ctx.tokens[m.from].norm)) return false;
  for (const l of matchesOf(ctx, 'legal')) if (l.from >= m.to && l.from <= m.to + 3 && ctx.tokens[l.from].sentence === ctx.tokens[m.from].sentence) return true;
  return false;
}

/**
 * "Your store manager in Parramatta is a smug little grub", "the supervisor at your store was lovely", "sé en qué local
 * trabaja tu gerente": the person is the subject of a description (a describing verb within a few words, same
 * clause, with no request word before the phrase), not someone asked for.
 */
function described(ctx: RuleContext, m: Match): boolean {
  const clause = ctx.tokens[m.from].clause;
  for (let k = m.from - 1; k >= 0 && k >= m.from - 4 && ctx.tokens[k].clause === clause; k--) if (ctx.inClass('ask', ctx.tokens[k]) || ctx.inClass('speak', ctx.tokens[k])) return false;
  if (ctx.inClass('ask', ctx.tokens[m.from]) || ctx.inClass('speak', ctx.tokens[m.from])) return false;
  // "another rep kicked butt!": a past tense right after the person tells what they did; "someone senior to confirm
  // which is correct" asks them to do something
  const next = ctx.tokens[m.to];
  if (next?.norm === 'to') return false;
  if (next && next.clause === clause && ctx.lang !== 'es' && next.norm.length > 4 && next.norm.endsWith('ed')) return true;
  for (let k = m.to; k < ctx.tokens.length && k < m.to + 6; k++) {
    const t = ctx.tokens[k];
    if (t.clause !== clause) return false;
    if (DESCRIBED.has(t.norm) || DID.has(t.norm)) return true;
  }
  return false;
}

/** Does the word ending at `end` end in "'s" / "’s"? */
function possessive(text: string, end: number): boolean {
  const s = text.charCodeAt(end - 1);
  const q = text.charCodeAt(end - 2);
  return (s === 0x73 || s === 0x53) && (q === 0x27 || q === 0x2019);
}

/** A request word ("want", "give", "quiero") before the word at `k` in its clause? */
function askedBefore(ctx: RuleContext, k: number): boolean {
  const clause = ctx.tokens[k].clause;
  for (let j = k - 1; j >= 0 && j >= k - SENTENCE_REACH && ctx.tokens[j].clause === clause; j--) if (ctx.inClass('ask', ctx.tokens[j]) || ctx.inClass('speak', ctx.tokens[j])) return true;
  return false;
}

/** Where threat phrases end (token index after their last word), once per message: a long text stays linear. */
function threatEnds(ctx: RuleContext): Uint8Array {
  let ends = ctx.memo.threatEnds;
  if (ends === undefined) {
    ends = new Uint8Array(ctx.tokens.length + 1);
    for (const t of matchesOf(ctx, 'threat')) ends[t.to] = 1;
    ctx.memo.threatEnds = ends;
  }
  return ends;
}

const ARTICLE = wordSet('a an the un una el la');
/** "I already spoke with your supervisor", "ya hablé con su jefa": someone already talked to is no one asked for */
const SPOKE = wordSet('spoke talked spoken hablamos');

function spokenWith(ctx: RuleContext, m: Match): boolean {
  const clause = ctx.tokens[m.from].clause;
  for (let k = m.from - 1; k >= 0 && k >= m.from - 3 && ctx.tokens[k].clause === clause; k--) {
    const n = ctx.tokens[k].norm;
    if (SPOKE.has(n) || (n === 'hable' && ctx.tokens[k - 1]?.norm === 'ya')) return true;
    // "I've got to speak to a manager" needs one; "once I got to speak to someone it was fixed" tells what happened
    if (n === 'got' && ctx.tokens[k + 1]?.norm === 'to' && !/(?:ve|has)$/.test(ctx.tokens[k - 1]?.norm ?? '')) return true;
  }
  return false;
}

/**
 * Someone higher who is not asked for: the object of a threat just before ("le voy a romper la cara al gerente",
 * "punching that manager"), one particular person pointed at ("next time I see that branch manager…"), or the owner
 * of something ("I know your manager's name").
 */
function notAskedFor(ctx: RuleContext, m: Match): boolean {
  const s = ctx.tokens[m.from].sentence;
  const ends = threatEnds(ctx);
  for (let k = Math.max(0, m.from - 4); k <= m.from; k++) if (ends[k] && ctx.tokens[k - 1].sentence === s) return true;
  for (let k = m.from; k < m.to; k++) {
    const t = ctx.tokens[k];
    const boss = ctx.inClass('boss', t) || ctx.inClass('superior', t);
    if (!boss && !ctx.inClass('higher', t)) continue;
    const before = ctx.tokens[k - 1];
    // "I know your manager's name": what they have is meant (but "I want his manager's number" asks for a way to them)
    if (possessive(ctx.text, t.end) && !askedBefore(ctx, k)) return true;
    if (!boss) continue;
    if (before && POINTED.has(before.norm) && before.sentence === s) return true;
    // ("that branch manager"; but in "I ask that a manager reviews it" the "that" points at nobody)
    if (before && !ARTICLE.has(before.norm) && ctx.tokens[k - 2] && POINTED.has(ctx.tokens[k - 2].norm) && ctx.tokens[k - 2].sentence === s) return true;
  }
  return false;
}

/** "Quiero felicitar a la supervisora Angélica", "I'd like to thank your manager": praise asks for no one */
const PRAISE = wordSet('felicitar agradecer thank thanks praise compliment commend');
function praised(ctx: RuleContext, m: Match): boolean {
  for (let k = Math.max(0, m.from - 4); k < m.to; k++) if (PRAISE.has(ctx.tokens[k].norm)) return true;
  return false;
}

/** Asking to talk to someone else, someone higher, or a human (lexicons/<lang>/escalation.tsv). */
const phrases = phraseRule({
  flag: 'escalation_request',
  category: 'escalation',
  min: ESCALATION_MIN,
  negationWindow: 5,
  // "I don't want a manager" cancels it; "I can't reach a person" is the request itself
  negationClass: 'refusal',
  // "I don't understand, I need help talking to someone": the "need" is not negated
  negationBarrier: 'ask',
  repeatBoost: true,
  skip: (ctx, m) => described(ctx, m) || toRegulator(ctx, m) || notAskedFor(ctx, m) || spokenWith(ctx, m) || praised(ctx, m),
  jokes: false,
  reason: 'asks for someone else or someone higher',
  notes: false,
});

/** Words of the superior class that do not name anyone higher on their own. */
const NOT_HIGHER = wordSet('alguien otro otra otros otras');

/** A sentence ends right after the word: ".", "!" or "?" (a signature line "Manager" has none). */
const ENDS = wordSet('. ! ?');

/** Phrases, plus a word for someone higher said as a sentence of its own: "Manager. Now.", "¡Supervisor!", "HUMAN" */
export const escalationRequest: Rule = {
  flag: 'escalation_request',
  run(ctx) {
    const r = phrases.run(ctx);
    if (r.score >= ESCALATION_MIN) return r;
    // (most messages have no word for someone higher: no need to ask of every word)
    if (!ctx.anyInClass('boss') && !ctx.anyInClass('superior')) return r;
    for (let i = 0; i < ctx.tokens.length; i++) {
      const t = ctx.tokens[i];
      // ("¿alguien?" alone asks whether anyone is there: impatience, not a request for someone higher)
      if (!(ctx.inClass('boss', t) || ctx.inClass('superior', t)) || t.norm.length < 4 || NOT_HIGHER.has(t.norm)) continue;
      const alone = ctx.tokens[i - 1]?.sentence !== t.sentence && ctx.tokens[i + 1]?.sentence !== t.sentence;
      // ...or in capitals on a line of its own ("HUMAN", "EJECUTIVOOOO")
      const shouted = t.caps && (t.end === ctx.text.length || ctx.text[t.end] === '\n' || ctx.text[t.end] === '\r');
      if (!alone || !(ENDS.has(ctx.text[t.end] ?? '') || shouted)) continue;
      r.score = ESCALATION_DEMANDED_ALONE;
      r.evidence.push(wordEvidence('escalation_request', t, 'escalation:demanded-alone', 'a word for someone higher, said as a sentence of its own'));
      break;
    }
    return r;
  },
};
