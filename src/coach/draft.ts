/**
 * Checks the agent's draft as they type, for what they may regret: answering back (retaliation), sarcasm,
 * shouting, blame. It only advises: nothing is blocked, the UI shows a gentle note before sending.
 * Phrase lists: data/draft-phrases.ts. Insults and swearing come from the classifier, injected by the caller
 * (the worker's or the CLI's instance), so this file stays free of lexicon loading.
 */
import type { Evidence, FlagId } from '../classify/types.ts';
import { BLAME, RETALIATION, SARCASM } from './data/draft-phrases.ts';
import { compilePhrases, findPhrases, fold, type CompiledPhrases } from './phrase-match.ts';

export type DraftKind = 'retaliation' | 'sarcasm' | 'shouting' | 'blame';
export const DRAFT_KINDS: readonly DraftKind[] = ['retaliation', 'sarcasm', 'shouting', 'blame'];

export interface DraftFinding {
  kind: DraftKind;
  /** span in the draft */
  start: number;
  end: number;
  text: string;
  /** key into DRAFT_ADVICE (playbook/draft-advice.ts) */
  suggestion: DraftKind;
}

/** The part of the classifier this needs: `createClassifier(...)` satisfies it. */
export interface InsultDetector {
  classify(text: string): { flags: FlagId[]; evidence: Pick<Evidence, 'flag' | 'start' | 'end'>[] };
}

/** Shouting: a run of at least SHOUT_WORDS capitalised words with SHOUT_LETTERS letters (acronyms stay alone). */
export const SHOUT_WORDS = 3;
export const SHOUT_LETTERS = 10;
/** Or a whole draft this capitalised (share of letters), once it has SHOUT_MIN_LETTERS letters. */
export const SHOUT_RATIO = 0.7;
export const SHOUT_MIN_LETTERS = 12;
/** Or a run of this many ! ? ¡ with at least one ! in it. */
export const BANG_RUN = 3;

let lists: Record<'retaliation' | 'sarcasm' | 'blame', CompiledPhrases> | null = null;

function shouting(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const letters = text.match(/\p{L}/gu) ?? [];
  const upper = text.match(/\p{Lu}/gu) ?? [];
  if (letters.length >= SHOUT_MIN_LETTERS && upper.length / letters.length >= SHOUT_RATIO) {
    out.push({ start: 0, end: text.length });
  } else {
    const run = /(?<!\p{L})\p{Lu}{2,}(?:[\s,;:'-]+\p{Lu}{2,})*(?!\p{L})/gu;
    for (const m of text.matchAll(run)) {
      const words = m[0].split(/[\s,;:'-]+/).filter(Boolean);
      const n = words.join('').length;
      if (words.length >= SHOUT_WORDS && n >= SHOUT_LETTERS) out.push({ start: m.index, end: m.index + m[0].length });
    }
  }
  for (const m of text.matchAll(new RegExp(`[!?¡]{${BANG_RUN},}`, 'g'))) {
    if (/[!¡]/.test(m[0])) out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

export function checkDraft(text: string, opts: { classifier?: InsultDetector } = {}): DraftFinding[] {
  lists ??= { retaliation: compilePhrases(RETALIATION), sarcasm: compilePhrases(SARCASM), blame: compilePhrases(BLAME) };
  const folded = fold(text);
  const found: Omit<DraftFinding, 'text' | 'suggestion'>[] = [];
  for (const kind of ['retaliation', 'sarcasm', 'blame'] as const) {
    for (const h of findPhrases(folded, lists[kind], { skipNegated: kind !== 'sarcasm' })) found.push({ kind, start: h.start, end: h.end });
  }
  if (opts.classifier) {
    const a = opts.classifier.classify(text);
    for (const e of a.evidence) {
      if ((e.flag === 'insult' || e.flag === 'vulgarity') && a.flags.includes(e.flag)) found.push({ kind: 'retaliation', start: e.start, end: e.end });
    }
  }
  for (const s of shouting(text)) found.push({ kind: 'shouting', ...s });
  // one finding per kind and span: overlapping hits of the same kind collapse into the first, widest one
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: DraftFinding[] = [];
  for (const f of found) {
    if (out.some((o) => o.kind === f.kind && f.start < o.end && o.start < f.end)) continue;
    out.push({ ...f, text: text.slice(f.start, f.end), suggestion: f.kind });
  }
  return out;
}
