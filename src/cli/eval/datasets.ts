/**
 * Scores the classifier on the real, external datasets in <data>/raw (see <data>/README.md and raw/* /SOURCE.txt).
 * Nothing here is copied into the project: every file is read from the directory given on the command line.
 *
 * Every dataset is split into TUNE and TEST rows by the README's rules. Metrics are computed on both; error listings
 * (for tuning) only ever come from TUNE rows.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { FLAG_IDS, type FlagId } from '../../classify/types.ts';
import type { Prediction } from './corpus.ts';
import { parseCsvObjects, parseTsvLines, unquote } from './csv.ts';
import { addPair, averageRanks, newCounts, scores, spearman, type BinaryCounts, type BinaryScores } from './stats.ts';

export type Split = 'tune' | 'test';
export type MetricKind = 'spearman' | 'f1' | 'rate' | 'mean';

export interface Measure {
  value: number | null;
  /** rows the value is computed on (the denominator for a rate) */
  n: number;
  /** numerator for a rate */
  k?: number;
  counts?: BinaryScores;
  note?: string;
}

export interface Target {
  op: '>=' | '<=';
  value: number;
}

export interface MetricRow {
  metric: string;
  kind: MetricKind;
  tune: Measure | null;
  test: Measure | null;
  target?: Target;
  /** test value meets the target; null if no target or no test value */
  pass: boolean | null;
  /** shown in the final summary table (otherwise only in the dataset's detail) */
  summary: boolean;
}

export interface ErrorRow {
  ref: string;
  kind: string;
  gold: string;
  predicted: string;
  anger: number;
  rules: string[];
  text: string;
}

export interface DatasetReport {
  name: string;
  files: string[];
  rows: { tune: number; test: number; skipped: number };
  metrics: MetricRow[];
  /** TUNE rows only */
  errors: ErrorRow[];
  notes: string[];
  /** how --errors-data describes `errors` when they are not plain misclassifications */
  errorsLabel?: string;
}

export interface DatasetSkip {
  name: string;
  skipped: string;
}

export type Classify = (text: string) => Prediction & { rules: string[] };

const NUMERIC = /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;
const readText = (p: string) => readFileSync(p, 'utf8');

function rowOf(metric: string, kind: MetricKind, tune: Measure | null, test: Measure | null, summary: boolean, target?: Target): MetricRow {
  let pass: boolean | null = null;
  if (target && test && test.value !== null) pass = target.op === '>=' ? test.value >= target.value : test.value <= target.value;
  return { metric, kind, tune, test, target, pass, summary };
}

const f1Measure = (c: BinaryCounts): Measure => {
  const s = scores(c);
  return { value: s.f1, n: c.tp + c.fp + c.fn + c.tn, counts: s };
};
const recallMeasure = (c: BinaryCounts): Measure => {
  const s = scores(c);
  return { value: s.recall, n: s.support, k: s.tp, counts: s };
};
const rateMeasure = (k: number, n: number): Measure => ({ value: n ? k / n : null, n, k });
const spearmanMeasure = (xs: number[], ys: number[], note?: string): Measure => ({ value: spearman(xs, ys), n: xs.length, note });

const flagList = (fs: readonly FlagId[]) => (fs.length ? fs.join(',') : '(none)');
const perSplit = <T>(make: () => T): Record<Split, T> => ({ tune: make(), test: make() });

/** Rules of the evidence behind the given flags (or all flags), for error listings. */
const rulesFor = (p: { rules: string[] }, flag?: FlagId) => (flag ? p.rules.filter((r) => r.startsWith(`${flag}=`)) : p.rules);

function errorRow(ref: string, kind: string, gold: string, p: Prediction & { rules: string[] }, text: string, flag?: FlagId): ErrorRow {
  return { ref, kind, gold, predicted: `tone=${p.tone} flags=${flagList(p.flags)}`, anger: p.anger, rules: rulesFor(p, flag).map((r) => r.replace(/^[a-z_]+=/, '')), text };
}

function requireFiles(dir: string, files: string[]): string | null {
  const missing = files.filter((f) => !existsSync(join(dir, f)));
  return missing.length ? `missing ${missing.join(', ')}` : null;
}

// ---------------------------------------------------------------------------------------------------------------
// SemEval-2018 Task 1, anger: EI-reg (0..1 intensity) and EI-oc (ordinal 0..3). tune = *train*, test = *dev*.

interface ScoredTweet {
  id: string;
  text: string;
  gold: number;
}

/** ID <tab> Tweet <tab> Affect <tab> score-or-class. A line whose last field is not numeric (a header) is skipped. */
function readSemEval(path: string, ordinal: boolean): { rows: ScoredTweet[]; skipped: number } {
  const rows: ScoredTweet[] = [];
  let skipped = 0;
  for (const f of parseTsvLines(readText(path))) {
    const last = (f[f.length - 1] ?? '').trim();
    let gold: number | null = null;
    if (ordinal) {
      const m = /^(\d+)(\s*:.*)?$/.exec(last);
      if (m) gold = Number(m[1]);
    } else if (NUMERIC.test(last)) gold = Number(last);
    if (gold === null || f.length < 3) {
      skipped++;
      continue;
    }
    const text = f.length >= 4 ? f.slice(1, -2).join('\t') : f[1]!;
    rows.push({ id: f[0]!.trim(), text, gold });
  }
  return { rows, skipped };
}

function semeval(raw: string, classify: Classify): DatasetReport | DatasetSkip {
  const name = 'semeval2018-anger';
  const base = join(raw, name);
  if (!existsSync(base)) return { name, skipped: `no folder ${base}` };
  const report: DatasetReport = { name, files: [], rows: { tune: 0, test: 0, skipped: 0 }, metrics: [], errors: [], notes: [], errorsLabel: 'EI-reg TUNE rows with the largest rank disagreement (anger rank vs intensity rank, top 200 per language considered)' };
  const targets: Record<string, number> = { en: 0.6, es: 0.5 };
  for (const lang of ['en', 'es'] as const) {
    const dir = join(base, lang);
    if (!existsSync(dir)) {
      report.notes.push(`${lang}: no folder ${dir}; skipped`);
      continue;
    }
    const names = readdirSync(dir);
    const find = (kind: 'reg' | 'oc', split: 'train' | 'dev') => names.find((n) => new RegExp(`EI-${kind}-.*anger-${split}\\.txt$`, 'i').test(n));
    const LANG = lang.toUpperCase();
    for (const kind of ['reg', 'oc'] as const) {
      const tuneFile = find(kind, 'train');
      const testFile = find(kind, 'dev');
      const measures: Record<Split, Measure | null> = { tune: null, test: null };
      for (const [split, file] of [['tune', tuneFile], ['test', testFile]] as const) {
        if (!file) {
          report.notes.push(`${lang}: no EI-${kind} ${split === 'tune' ? 'train' : 'dev'} file; skipped`);
          continue;
        }
        report.files.push(`${lang}/${file}`);
        const { rows, skipped } = readSemEval(join(dir, file), kind === 'oc');
        report.rows.skipped += skipped;
        if (kind === 'reg') report.rows[split] += rows.length;
        const preds = rows.map((r) => classify(r.text));
        const anger = preds.map((p) => p.anger);
        const gold = rows.map((r) => r.gold);
        let note: string | undefined;
        if (kind === 'oc') {
          // mean anger per gold class shows where the scale is compressed
          const means = [0, 1, 2, 3].map((c) => {
            const xs = anger.filter((_, i) => gold[i] === c);
            return xs.length ? (xs.reduce((a, b) => a + b, 0) / xs.length).toFixed(2) : '—';
          });
          note = `mean anger by class 0/1/2/3: ${means.join(' / ')}`;
        } else {
          const toneCount = { calm: 0, frustrated: 0, angry: 0 };
          for (const p of preds) toneCount[p.tone]++;
          note = `tone calm/frustrated/angry: ${toneCount.calm}/${toneCount.frustrated}/${toneCount.angry}`;
        }
        measures[split] = spearmanMeasure(anger, gold, note);
        if (split === 'tune' && kind === 'reg') {
          // largest rank disagreements: rows the score puts far from where the annotators put them
          const ra = averageRanks(anger);
          const rg = averageRanks(gold);
          const n = rows.length;
          const order = rows
            .map((_, i) => ({ i, d: (ra[i]! - rg[i]!) / n }))
            .sort((a, b) => Math.abs(b.d) - Math.abs(a.d))
            .slice(0, 200);
          for (const { i, d } of order) {
            const p = preds[i]!;
            report.errors.push(errorRow(rows[i]!.id, `${lang} anger ranked too ${d > 0 ? 'high' : 'low'} (${d > 0 ? '+' : ''}${(d * 100).toFixed(0)} pct)`, `intensity ${gold[i]}`, p, rows[i]!.text));
          }
        }
      }
      if (kind === 'reg') report.metrics.push(rowOf(`${LANG} anger Spearman (SemEval EI-reg intensity)`, 'spearman', measures.tune, measures.test, true, { op: '>=', value: targets[lang]! }));
      else report.metrics.push(rowOf(`${LANG} anger Spearman (SemEval EI-oc class 0-3)`, 'spearman', measures.tune, measures.test, true));
    }
  }
  return report;
}

// ---------------------------------------------------------------------------------------------------------------
// OLID (OffensEval 2019), English tweets. tune = id % 5 != 0, test = id % 5 == 0.

function olid(raw: string, classify: Classify): DatasetReport | DatasetSkip {
  const name = 'olid-en';
  const dir = join(raw, name);
  if (!existsSync(dir)) return { name, skipped: `no folder ${dir}` };
  const file = 'olid-training-v1.0.tsv';
  const miss = requireFiles(dir, [file]);
  if (miss) return { name, skipped: miss };
  const report: DatasetReport = { name, files: [file], rows: { tune: 0, test: 0, skipped: 0 }, metrics: [], errors: [], notes: [] };
  const insult = perSplit(newCounts);
  const vulg = perSplit(newCounts);
  const insultOnNot = perSplit(() => ({ k: 0, n: 0 }));
  const lang = perSplit(() => ({ k: 0, n: 0 }));
  for (const f of parseTsvLines(readText(join(dir, file)))) {
    const id = (f[0] ?? '').trim();
    if (!/^\d+$/.test(id) || f.length < 5) {
      report.rows.skipped++;
      continue;
    }
    const text = unquote(f[1]!);
    const [a, b, c] = [f[2]!.trim(), f[3]!.trim(), f[4]!.trim()];
    const split: Split = Number(id) % 5 === 0 ? 'test' : 'tune';
    report.rows[split]++;
    const p = classify(text);
    lang[split].n++;
    if (p.lang === 'en') lang[split].k++;
    const goldInsult = a === 'OFF' && b === 'TIN' && c === 'IND';
    const predInsult = p.flags.includes('insult');
    addPair(insult[split], goldInsult, predInsult);
    const gold = `${a}/${b}/${c}`;
    if (split === 'tune' && goldInsult !== predInsult) report.errors.push(errorRow(id, predInsult ? 'FP insult' : 'FN insult', gold, p, text, predInsult ? 'insult' : undefined));
    if (a === 'NOT') {
      insultOnNot[split].n++;
      if (predInsult) insultOnNot[split].k++;
    }
    // vulgarity: OFF+UNT (untargeted profanity) vs NOT; targeted rows are left out
    if ((a === 'OFF' && b === 'UNT') || a === 'NOT') {
      const g = a === 'OFF';
      const pv = p.flags.includes('vulgarity');
      addPair(vulg[split], g, pv);
      if (split === 'tune' && g !== pv) report.errors.push(errorRow(id, pv ? 'FP vulgarity' : 'FN vulgarity', gold, p, text, pv ? 'vulgarity' : undefined));
    }
  }
  report.metrics.push(rowOf('EN insult F1 (OLID OFF+TIN+IND)', 'f1', f1Measure(insult.tune), f1Measure(insult.test), true, { op: '>=', value: 0.6 }));
  report.metrics.push(rowOf('EN vulgarity F1 (OLID OFF+UNT vs NOT)', 'f1', f1Measure(vulg.tune), f1Measure(vulg.test), true));
  report.metrics.push(rowOf('EN insult raised on OLID NOT tweets', 'rate', rateMeasure(insultOnNot.tune.k, insultOnNot.tune.n), rateMeasure(insultOnNot.test.k, insultOnNot.test.n), false));
  report.metrics.push(rowOf('language guessed en', 'rate', rateMeasure(lang.tune.k, lang.tune.n), rateMeasure(lang.test.k, lang.test.n), false));
  return report;
}

// ---------------------------------------------------------------------------------------------------------------
// DETOXIS / NewsCom-TOX, Spanish news comments (CSV). tune = row index % 5 != 0, test = row index % 5 == 0.

function detoxis(raw: string, classify: Classify): DatasetReport | DatasetSkip {
  const name = 'detoxis-newscomtox-es';
  const dir = join(raw, name);
  if (!existsSync(dir)) return { name, skipped: `no folder ${dir}` };
  const file = 'DATASET_DETOXIS.csv';
  const miss = requireFiles(dir, [file]);
  if (miss) return { name, skipped: miss };
  const report: DatasetReport = { name, files: [file], rows: { tune: 0, test: 0, skipped: 0 }, metrics: [], errors: [], notes: [] };
  const vulg = perSplit(newCounts);
  const ins = perSplit(newCounts);
  const tox = perSplit(() => ({ anger: [] as number[], gold: [] as number[] }));
  const lang = perSplit(() => ({ k: 0, n: 0 }));
  parseCsvObjects(readText(join(dir, file))).forEach((r, index) => {
    const text = r['comment'] ?? '';
    const split: Split = index % 5 === 0 ? 'test' : 'tune';
    report.rows[split]++;
    const p = classify(text);
    lang[split].n++;
    if (p.lang === 'es') lang[split].k++;
    const gv = r['improper_language']?.trim() === '1';
    const gi = r['insult']?.trim() === '1';
    const pv = p.flags.includes('vulgarity');
    const pi = p.flags.includes('insult');
    addPair(vulg[split], gv, pv);
    addPair(ins[split], gi, pi);
    const level = (r['toxicity_level'] ?? '').trim();
    if (NUMERIC.test(level)) {
      tox[split].anger.push(p.anger);
      tox[split].gold.push(Number(level));
    }
    if (split === 'tune') {
      const gold = `improper_language=${gv ? 1 : 0} insult=${gi ? 1 : 0} toxicity_level=${level}`;
      const ref = `row ${index} (${r['comment_id'] ?? ''})`;
      if (gv !== pv) report.errors.push(errorRow(ref, pv ? 'FP vulgarity' : 'FN vulgarity', gold, p, text, pv ? 'vulgarity' : undefined));
      if (gi !== pi) report.errors.push(errorRow(ref, pi ? 'FP insult' : 'FN insult', gold, p, text, pi ? 'insult' : undefined));
    }
  });
  report.metrics.push(rowOf('ES vulgarity F1 (DETOXIS improper_language)', 'f1', f1Measure(vulg.tune), f1Measure(vulg.test), true, { op: '>=', value: 0.8 }));
  report.metrics.push(rowOf('ES insult F1 (DETOXIS insult)', 'f1', f1Measure(ins.tune), f1Measure(ins.test), true));
  report.metrics.push(rowOf('ES anger Spearman (DETOXIS toxicity_level)', 'spearman', spearmanMeasure(tox.tune.anger, tox.tune.gold), spearmanMeasure(tox.test.anger, tox.test.gold), true));
  report.metrics.push(rowOf('language guessed es', 'rate', rateMeasure(lang.tune.k, lang.tune.n), rateMeasure(lang.test.k, lang.test.n), false));
  return report;
}

// ---------------------------------------------------------------------------------------------------------------
// HatEval 2019, Spanish tweets. tune = train_es.tsv, test = dev_es.tsv.

function hateval(raw: string, classify: Classify): DatasetReport | DatasetSkip {
  const name = 'hateval2019-es';
  const dir = join(raw, name);
  if (!existsSync(dir)) return { name, skipped: `no folder ${dir}` };
  const files = { tune: 'train_es.tsv', test: 'dev_es.tsv' } as const;
  const miss = requireFiles(dir, Object.values(files));
  if (miss) return { name, skipped: miss };
  const report: DatasetReport = { name, files: Object.values(files), rows: { tune: 0, test: 0, skipped: 0 }, metrics: [], errors: [], notes: [] };
  const ins = perSplit(newCounts);
  const lang = perSplit(() => ({ k: 0, n: 0 }));
  for (const split of ['tune', 'test'] as const) {
    for (const f of parseTsvLines(readText(join(dir, files[split])))) {
      const [hs, tr, ag] = f.slice(-3).map((x) => x.trim());
      if (f.length < 5 || ![hs, tr, ag].every((x) => x === '0' || x === '1')) {
        report.rows.skipped++;
        continue;
      }
      report.rows[split]++;
      const text = unquote(f.slice(1, -3).join('\t'));
      const p = classify(text);
      lang[split].n++;
      if (p.lang === 'es') lang[split].k++;
      const g = hs === '1' && tr === '1' && ag === '1';
      const pi = p.flags.includes('insult');
      addPair(ins[split], g, pi);
      if (split === 'tune' && g !== pi) report.errors.push(errorRow(f[0]!.trim(), pi ? 'FP insult' : 'FN insult', `HS=${hs} TR=${tr} AG=${ag}`, p, text, pi ? 'insult' : undefined));
    }
  }
  report.metrics.push(rowOf('ES insult proxy F1 (HatEval HS+TR+AG)', 'f1', f1Measure(ins.tune), f1Measure(ins.test), true));
  report.metrics.push(rowOf('language guessed es', 'rate', rateMeasure(lang.tune.k, lang.tune.n), rateMeasure(lang.test.k, lang.test.n), false));
  return report;
}

// ---------------------------------------------------------------------------------------------------------------
// Twitter US Airline Sentiment. tune = tweet_id % 5 != 0, test = tweet_id % 5 == 0 (ids exceed 2^53: BigInt).

const SENTIMENT_CODE: Record<string, number> = { positive: 0, neutral: 1, negative: 2 };

function airline(raw: string, classify: Classify): DatasetReport | DatasetSkip {
  const name = 'twitter-us-airline-en';
  const dir = join(raw, name);
  if (!existsSync(dir)) return { name, skipped: `no folder ${dir}` };
  const file = 'Tweets.csv';
  const miss = requireFiles(dir, [file]);
  if (miss) return { name, skipped: miss };
  const report: DatasetReport = { name, files: [file], rows: { tune: 0, test: 0, skipped: 0 }, metrics: [], errors: [], notes: [] };
  const benign = perSplit(() => ({ n: 0, any: 0, per: Object.fromEntries(FLAG_IDS.map((f) => [f, 0])) as Record<FlagId, number> }));
  const sent = perSplit(() => ({ anger: [] as number[], gold: [] as number[] }));
  const lang = perSplit(() => ({ k: 0, n: 0 }));
  for (const r of parseCsvObjects(readText(join(dir, file)))) {
    const idText = (r['tweet_id'] ?? '').trim();
    const code = SENTIMENT_CODE[(r['airline_sentiment'] ?? '').trim()];
    if (!/^\d+$/.test(idText) || code === undefined) {
      report.rows.skipped++;
      continue;
    }
    const split: Split = BigInt(idText) % 5n === 0n ? 'test' : 'tune';
    report.rows[split]++;
    const text = r['text'] ?? '';
    const p = classify(text);
    lang[split].n++;
    if (p.lang === 'en') lang[split].k++;
    sent[split].anger.push(p.anger);
    sent[split].gold.push(code);
    if (code <= 1) {
      const b = benign[split];
      b.n++;
      if (p.flags.length) b.any++;
      for (const f of p.flags) b.per[f]++;
      if (split === 'tune' && p.flags.length) report.errors.push(errorRow(idText, `false alarm: ${p.flags.join(',')}`, r['airline_sentiment']!, p, text));
    }
  }
  report.metrics.push(rowOf('EN flags on benign airline tweets (positive+neutral)', 'rate', rateMeasure(benign.tune.any, benign.tune.n), rateMeasure(benign.test.any, benign.test.n), true, { op: '<=', value: 0.003 }));
  for (const f of FLAG_IDS) report.metrics.push(rowOf(`  ${f} on benign airline tweets`, 'rate', rateMeasure(benign.tune.per[f], benign.tune.n), rateMeasure(benign.test.per[f], benign.test.n), false));
  report.metrics.push(rowOf('EN anger Spearman (airline sentiment pos<neu<neg)', 'spearman', spearmanMeasure(sent.tune.anger, sent.tune.gold), spearmanMeasure(sent.test.anger, sent.test.gold), true));
  report.metrics.push(rowOf('language guessed en', 'rate', rateMeasure(lang.tune.k, lang.tune.n), rateMeasure(lang.test.k, lang.test.n), false));
  return report;
}

// ---------------------------------------------------------------------------------------------------------------
// Bitext customer support (synthetic). tune = row index % 5 != 0, test = row index % 5 == 0.

function bitext(raw: string, classify: Classify): DatasetReport | DatasetSkip {
  const name = 'bitext-customer-support-en';
  const dir = join(raw, name);
  if (!existsSync(dir)) return { name, skipped: `no folder ${dir}` };
  const file = readdirSync(dir).find((f) => f.toLowerCase().endsWith('.csv'));
  if (!file) return { name, skipped: `no .csv file in ${dir}` };
  const report: DatasetReport = { name, files: [file], rows: { tune: 0, test: 0, skipped: 0 }, metrics: [], errors: [], notes: [] };
  const human = perSplit(newCounts);
  const others = perSplit(() => ({ k: 0, n: 0 }));
  const service = perSplit(() => ({ k: 0, n: 0 }));
  parseCsvObjects(readText(join(dir, file))).forEach((r, index) => {
    const split: Split = index % 5 === 0 ? 'test' : 'tune';
    report.rows[split]++;
    const text = r['instruction'] ?? '';
    const intent = (r['intent'] ?? '').trim();
    const p = classify(text);
    const esc = p.flags.includes('escalation_request');
    if (intent === 'contact_human_agent') {
      addPair(human[split], true, esc);
      if (split === 'tune' && !esc) report.errors.push(errorRow(`row ${index}`, 'FN escalation_request', intent, p, text));
    } else if (intent === 'contact_customer_service') {
      service[split].n++;
      if (esc) service[split].k++;
    } else {
      others[split].n++;
      if (esc) {
        others[split].k++;
        if (split === 'tune') report.errors.push(errorRow(`row ${index}`, 'FP escalation_request', intent, p, text, 'escalation_request'));
      }
    }
  });
  report.metrics.push(rowOf('EN escalation recall (Bitext contact_human_agent)', 'rate', recallMeasure(human.tune), recallMeasure(human.test), true, { op: '>=', value: 0.95 }));
  report.metrics.push(rowOf('EN escalation FP rate (Bitext other intents)', 'rate', rateMeasure(others.tune.k, others.tune.n), rateMeasure(others.test.k, others.test.n), true));
  report.metrics.push(rowOf('EN escalation rate (Bitext contact_customer_service)', 'rate', rateMeasure(service.tune.k, service.tune.n), rateMeasure(service.test.k, service.test.n), true));
  return report;
}

// ---------------------------------------------------------------------------------------------------------------
// ETHOS multi-label (';'-separated). No tune rows: everything is test.

function ethos(raw: string, classify: Classify): DatasetReport | DatasetSkip {
  const name = 'ethos-en';
  const dir = join(raw, name);
  if (!existsSync(dir)) return { name, skipped: `no folder ${dir}` };
  const file = 'Ethos_Dataset_Multi_Label.csv';
  const miss = requireFiles(dir, [file]);
  if (miss) return { name, skipped: miss };
  const report: DatasetReport = { name, files: [file], rows: { tune: 0, test: 0, skipped: 0 }, metrics: [], errors: [], notes: ['no tune rows: every row is test (smoke test)'] };
  const threat = newCounts();
  for (const r of parseCsvObjects(readText(join(dir, file)), ';')) {
    const v = Number((r['violence'] ?? '').trim());
    const d = Number((r['directed_vs_generalized'] ?? '').trim());
    if (!Number.isFinite(v) || !Number.isFinite(d) || (r['violence'] ?? '').trim() === '') {
      report.rows.skipped++;
      continue;
    }
    report.rows.test++;
    if (v >= 0.5 && d >= 0.5) addPair(threat, true, classify(r['comment'] ?? '').flags.includes('physical_threat'));
  }
  report.metrics.push(rowOf('EN physical_threat recall (ETHOS violent+directed)', 'rate', null, recallMeasure(threat), true));
  return report;
}

export const DATASETS = {
  'semeval2018-anger': semeval,
  'olid-en': olid,
  'detoxis-newscomtox-es': detoxis,
  'hateval2019-es': hateval,
  'twitter-us-airline-en': airline,
  'bitext-customer-support-en': bitext,
  'ethos-en': ethos,
} as const;
export type DatasetName = keyof typeof DATASETS;

export function runDatasets(dataDir: string, classify: Classify): { raw: string; reports: DatasetReport[]; skipped: DatasetSkip[] } {
  const raw = existsSync(join(dataDir, 'raw')) && statSync(join(dataDir, 'raw')).isDirectory() ? join(dataDir, 'raw') : dataDir;
  const reports: DatasetReport[] = [];
  const skipped: DatasetSkip[] = [];
  for (const run of Object.values(DATASETS)) {
    const r = run(raw, classify);
    if ('skipped' in r) skipped.push(r);
    else reports.push(r);
  }
  return { raw, reports, skipped };
}

/** Up to `max` TUNE error rows, taken in turn from each kind of error so that one kind does not crowd out the others. */
export function pickErrors(errors: readonly ErrorRow[], max = 40): ErrorRow[] {
  const byKind = new Map<string, ErrorRow[]>();
  for (const e of errors) {
    const k = e.kind.replace(/ \(.*\)$/, '');
    if (!byKind.has(k)) byKind.set(k, []);
    byKind.get(k)!.push(e);
  }
  const queues = [...byKind.values()];
  const out: ErrorRow[] = [];
  for (let i = 0; out.length < max && queues.some((q) => i < q.length); i++) {
    for (const q of queues) if (i < q.length && out.length < max) out.push(q[i]!);
  }
  return out;
}
