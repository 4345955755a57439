/** The project's own labelled corpus (tests/corpus/*.jsonl): loading and per-language scoring. */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FLAG_IDS, type FlagId, type Lang, type Tone } from '../../classify/types.ts';
import { addPair, macroF1, newCounts, scores, type BinaryCounts, type BinaryScores } from './stats.ts';

export const CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'tests', 'corpus');
export const TONES = ['calm', 'frustrated', 'angry'] as const satisfies readonly Tone[];
export const FLAG_TARGET = 0.9;
export const TONE_TARGET = 0.8;

export interface CorpusItem {
  /** unique key: the id, or id#n when an id repeats */
  key: string;
  id: string;
  file: string;
  line: number;
  lang: 'es' | 'en';
  text: string;
  tone: Tone;
  flags: FlagId[];
}

export interface Prediction {
  lang: Lang;
  tone: Tone;
  anger: number;
  flags: FlagId[];
}

const isFlag = (f: unknown): f is FlagId => typeof f === 'string' && (FLAG_IDS as readonly string[]).includes(f);
const isTone = (t: unknown): t is Tone => typeof t === 'string' && (TONES as readonly string[]).includes(t);
/** flags in the canonical FLAG_IDS order, without duplicates, so that sets compare as strings */
export const sortFlags = (fs: readonly string[]): FlagId[] => FLAG_IDS.filter((f) => fs.includes(f));

export function loadCorpus(dir = CORPUS_DIR, warn: (m: string) => void = () => {}): CorpusItem[] {
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort();
  } catch (e) {
    warn(`cannot read corpus dir ${dir}: ${(e as Error).message}`);
    return [];
  }
  const items: CorpusItem[] = [];
  const seen = new Map<string, number>();
  const duplicated = new Set<string>();
  for (const f of files) {
    const lines = readFileSync(join(dir, f), 'utf8').split(/\r?\n/);
    lines.forEach((raw, k) => {
      if (raw.trim() === '') return;
      const where = `${basename(f)}:${k + 1}`;
      let o: Record<string, unknown>;
      try {
        o = JSON.parse(raw) as Record<string, unknown>;
      } catch (e) {
        warn(`${where}: invalid JSON (${(e as Error).message}); skipped`);
        return;
      }
      const { id, lang, text, tone, flags } = o;
      if (typeof text !== 'string' || (lang !== 'es' && lang !== 'en') || !isTone(tone) || !Array.isArray(flags)) {
        warn(`${where}: needs text, lang es|en, tone calm|frustrated|angry and flags[]; skipped`);
        return;
      }
      const unknown = flags.filter((x) => !isFlag(x));
      if (unknown.length) warn(`${where}: unknown flag(s) ${unknown.join(', ')} ignored`);
      const sid = typeof id === 'string' || typeof id === 'number' ? String(id) : where;
      const n = (seen.get(sid) ?? 0) + 1;
      seen.set(sid, n);
      if (n > 1) duplicated.add(sid);
      items.push({ key: n > 1 ? `${sid}#${n}` : sid, id: sid, file: basename(f), line: k + 1, lang, text, tone, flags: sortFlags(flags.filter(isFlag)) });
    });
  }
  for (const d of duplicated) warn(`id "${d}" appears ${seen.get(d)} times; later copies are keyed ${d}#2, ${d}#3, ... (keys depend on file order)`);
  return items;
}

export interface FlagRow extends BinaryScores {
  belowTarget: boolean;
}

export interface GroupReport {
  messages: number;
  flags: Record<FlagId, FlagRow>;
  tone: {
    macroF1: number | null;
    belowTarget: boolean;
    perClass: Record<Tone, BinaryScores>;
    /** rows = gold calm/frustrated/angry, columns = predicted in the same order */
    confusion: { labels: readonly Tone[]; matrix: number[][] };
    accuracy: number | null;
  };
  language: { correct: number; accuracy: number | null; guessed: Record<Lang, number> };
  /** messages whose tone and flags are all right */
  exact: { correct: number; accuracy: number | null };
}

export function isCorrect(gold: { tone: Tone; flags: readonly FlagId[] }, pred: { tone: Tone; flags: readonly FlagId[] }): boolean {
  return gold.tone === pred.tone && sortFlags(gold.flags).join() === sortFlags(pred.flags).join();
}

/** Number of mistakes in one message: a wrong tone counts 1, each missing or extra flag counts 1. */
export function errorCount(gold: { tone: Tone; flags: readonly FlagId[] }, pred: { tone: Tone; flags: readonly FlagId[] }): number {
  let e = gold.tone === pred.tone ? 0 : 1;
  for (const f of FLAG_IDS) if (gold.flags.includes(f) !== pred.flags.includes(f)) e++;
  return e;
}

export function scoreGroup(items: readonly CorpusItem[], preds: ReadonlyMap<string, Prediction>): GroupReport {
  const counts = Object.fromEntries(FLAG_IDS.map((f) => [f, newCounts()])) as Record<FlagId, BinaryCounts>;
  const matrix = TONES.map(() => TONES.map(() => 0));
  const guessed: Record<Lang, number> = { es: 0, en: 0, und: 0 };
  let langOk = 0;
  let exact = 0;
  for (const it of items) {
    const p = preds.get(it.key)!;
    for (const f of FLAG_IDS) addPair(counts[f], it.flags.includes(f), p.flags.includes(f));
    matrix[TONES.indexOf(it.tone)]![TONES.indexOf(p.tone)]!++;
    guessed[p.lang]++;
    if (p.lang === it.lang) langOk++;
    if (isCorrect(it, p)) exact++;
  }
  const flags = Object.fromEntries(
    FLAG_IDS.map((f) => {
      const s = scores(counts[f]);
      return [f, { ...s, belowTarget: s.f1 !== null && s.f1 < FLAG_TARGET }];
    }),
  ) as Record<FlagId, FlagRow>;
  const { macroF1: m, perClass } = macroF1(TONES, matrix);
  const n = items.length;
  const diag = TONES.reduce((s, _, k) => s + matrix[k]![k]!, 0);
  return {
    messages: n,
    flags,
    tone: { macroF1: m, belowTarget: m !== null && m < TONE_TARGET, perClass, confusion: { labels: TONES, matrix }, accuracy: n ? diag / n : null },
    language: { correct: langOk, accuracy: n ? langOk / n : null, guessed },
    exact: { correct: exact, accuracy: n ? exact / n : null },
  };
}
