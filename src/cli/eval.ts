/**
 * `npm run eval -- [options]`: scores the classifier on the labelled corpus (tests/corpus/*.jsonl) and, with --data,
 * on the external datasets. A report: the exit code is 0 even when targets are missed (2 only for bad options).
 *
 *   --json                 one JSON object on stdout instead of the tables
 *   --errors               misclassified corpus messages
 *   --record [FILE]        save id → {tone, flags} (default .eval/last.json)
 *   --compare [FILE]       list messages whose tone or flags changed since FILE was recorded (default .eval/last.json)
 *   --data DIR             also score DIR/raw/* (tune and test rows reported apart)
 *   --errors-data NAME     with --data: up to 40 misclassified TUNE rows of dataset NAME
 *   --corpus DIR           score DIR/*.jsonl instead of tests/corpus (same format): e.g. the fresh sets in
 *                          tests/sets/, written by people who never saw the code
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { createClassifier } from '../classify/classifier.ts';
import { FLAG_IDS, type FlagId, type Tone } from '../classify/types.ts';
import { loadLexicons } from './load-lexicons.ts';
import {
  CORPUS_DIR,
  FLAG_TARGET,
  TONE_TARGET,
  TONES,
  errorCount,
  isCorrect,
  loadCorpus,
  scoreGroup,
  sortFlags,
  type CorpusItem,
  type GroupReport,
  type Prediction,
} from './eval/corpus.ts';
import { DATASETS, pickErrors, runDatasets, type Classify, type DatasetReport, type Measure, type MetricRow } from './eval/datasets.ts';
import { num, pct, snippet, table } from './eval/format.ts';

/** .eval/ at the repository root (gitignored), wherever the script is started from */
const DEFAULT_RECORD = resolve(CORPUS_DIR, '..', '..', '.eval', 'last.json');
const USAGE = `usage: npm run eval -- [--json] [--errors] [--record [FILE]] [--compare [FILE]] [--data DIR [--errors-data NAME]] [--corpus DIR]
  datasets for --errors-data: ${Object.keys(DATASETS).join(', ')}`;

// ---------------------------------------------------------------------------------------------------------------
// options

interface Options {
  json: boolean;
  errors: boolean;
  record: string | null;
  compare: string | null;
  data: string | null;
  errorsData: string | null;
  corpus: string;
}

function usageError(msg: string): never {
  process.stderr.write(`eval: ${msg}\n${USAGE}\n`);
  process.exit(2);
}

function parseArgs(argv: string[]): Options {
  const o: Options = { json: false, errors: false, record: null, compare: null, data: null, errorsData: null, corpus: CORPUS_DIR };
  for (let i = 0; i < argv.length; i++) {
    let a = argv[i]!;
    let inline: string | undefined;
    const eq = a.indexOf('=');
    if (a.startsWith('--') && eq > 0) {
      inline = a.slice(eq + 1);
      a = a.slice(0, eq);
    }
    const optional = () => inline ?? (argv[i + 1] !== undefined && !argv[i + 1]!.startsWith('--') ? argv[++i]! : DEFAULT_RECORD);
    const required = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') usageError(`${a} needs a value`);
      return v;
    };
    switch (a) {
      case '--json':
        o.json = true;
        break;
      case '--errors':
        o.errors = true;
        break;
      case '--record':
        o.record = optional();
        break;
      case '--compare':
        o.compare = optional();
        break;
      case '--data':
        o.data = required();
        break;
      case '--errors-data':
        o.errorsData = required();
        break;
      case '--corpus':
        o.corpus = resolve(required());
        break;
      case '-h':
      case '--help':
        process.stdout.write(USAGE + '\n');
        process.exit(0);
      default:
        usageError(`unknown argument ${argv[i]}`);
    }
  }
  if (o.errorsData && !o.data) usageError('--errors-data needs --data DIR');
  if (o.errorsData && !(o.errorsData in DATASETS)) usageError(`unknown dataset ${o.errorsData}`);
  return o;
}

const opts = parseArgs(process.argv.slice(2));
const out: string[] = [];
const say = (s = '') => out.push(s);
const notice = (s: string) => process.stderr.write(`eval: ${s}\n`);

// ---------------------------------------------------------------------------------------------------------------
// classify (cached by text: EI-oc and EI-reg share tweets)

const classifier = createClassifier(loadLexicons());
const cache = new Map<string, ReturnType<Classify>>();
const classify: Classify = (text) => {
  let p = cache.get(text);
  if (!p) {
    const a = classifier.classify(text);
    p = { lang: a.lang, tone: a.tone, anger: a.anger, flags: sortFlags(a.flags), rules: [...new Set(a.evidence.map((e) => `${e.flag}=${e.rule}`))] };
    cache.set(text, p);
  }
  return p;
};

// ---------------------------------------------------------------------------------------------------------------
// corpus

const items = loadCorpus(opts.corpus, notice);
const preds = new Map<string, Prediction & { rules: string[] }>();
for (const it of items) preds.set(it.key, classify(it.text));

const groups: Record<'es' | 'en' | 'all', GroupReport> = {
  es: scoreGroup(items.filter((i) => i.lang === 'es'), preds),
  en: scoreGroup(items.filter((i) => i.lang === 'en'), preds),
  all: scoreGroup(items, preds),
};
const files = [...new Set(items.map((i) => i.file))].map((f) => `${f} ${items.filter((i) => i.file === f).length}`);

function printGroup(name: string, g: GroupReport) {
  say(`== ${name} (${g.messages} messages) ==`);
  if (!g.messages) {
    say('  no messages');
    say();
    return;
  }
  const rows = FLAG_IDS.map((f) => {
    const s = g.flags[f];
    return [f, num(s.precision), num(s.recall), num(s.f1), String(s.support), String(s.tp), String(s.fp), String(s.fn), s.belowTarget ? `✗ (target ${FLAG_TARGET.toFixed(2)})` : s.f1 === null ? '' : '✓'];
  });
  say(table(['flag', 'P', 'R', 'F1', 'support', 'TP', 'FP', 'FN', ''], rows, ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'l']));
  say();
  const t = g.tone;
  say(`  tone macro-F1 ${num(t.macroF1)} ${t.belowTarget ? `✗ (target ${TONE_TARGET.toFixed(2)})` : t.macroF1 === null ? '' : '✓'}   accuracy ${num(t.accuracy)}   per class F1: ${TONES.map((c) => `${c} ${num(t.perClass[c].f1)}`).join(', ')}`);
  say(
    table(
      ['gold \\ predicted', ...TONES, 'total'],
      TONES.map((c, k) => [c, ...t.confusion.matrix[k]!.map(String), String(t.confusion.matrix[k]!.reduce((a, b) => a + b, 0))]),
      ['l', 'r', 'r', 'r', 'r'],
      '    ',
    ),
  );
  say();
  const l = g.language;
  say(`  language guess accuracy ${num(l.accuracy)} (${l.correct}/${g.messages}; guessed es ${l.guessed.es}, en ${l.guessed.en}, und ${l.guessed.und})`);
  say(`  exactly right (tone and every flag) ${num(g.exact.accuracy)} (${g.exact.correct}/${g.messages})`);
  say();
}

// ---------------------------------------------------------------------------------------------------------------
// --compare / --record

type Recorded = Record<string, { tone: Tone; flags: FlagId[] }>;
const current: Recorded = Object.fromEntries(items.map((it) => [it.key, { tone: preds.get(it.key)!.tone, flags: preds.get(it.key)!.flags }]));
const show = (r: { tone: Tone; flags: readonly FlagId[] }) => `${r.tone} [${r.flags.join(',')}]`;

interface CompareReport {
  file: string;
  changed: { id: string; before: { tone: Tone; flags: FlagId[] }; after: { tone: Tone; flags: FlagId[] }; gold: { tone: Tone; flags: FlagId[] }; verdict: string }[];
  counts: Record<string, number>;
  added: string[];
  removed: string[];
}

function compare(file: string): CompareReport | { file: string; error: string } {
  let before: Recorded;
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    const obj = parsed && typeof parsed === 'object' && 'results' in parsed ? (parsed as { results: unknown }).results : parsed;
    if (!obj || typeof obj !== 'object' || Array.isArray(obj)) throw new Error('not an object of id → {tone, flags}');
    before = obj as Recorded;
  } catch (e) {
    return { file, error: (e as Error).message };
  }
  const byKey = new Map<string, CorpusItem>(items.map((i) => [i.key, i]));
  const changed: CompareReport['changed'] = [];
  const counts: Record<string, number> = { changed: 0, fixed: 0, broke: 0, better: 0, worse: 0, 'changed, still wrong': 0 };
  for (const it of items) {
    const b = before[it.key];
    if (!b) continue;
    const bf = { tone: b.tone, flags: sortFlags(Array.isArray(b.flags) ? b.flags : []) };
    const a = current[it.key]!;
    if (bf.tone === a.tone && bf.flags.join() === a.flags.join()) continue;
    const gold = { tone: it.tone, flags: it.flags };
    const eb = errorCount(gold, bf);
    const ea = errorCount(gold, a);
    const verdict = isCorrect(gold, a) ? 'fixed' : isCorrect(gold, bf) ? 'broke' : ea < eb ? 'better' : ea > eb ? 'worse' : 'changed, still wrong';
    counts['changed']!++;
    counts[verdict]!++;
    changed.push({ id: it.key, before: bf, after: a, gold, verdict });
  }
  return {
    file,
    changed,
    counts,
    added: items.filter((i) => !(i.key in before)).map((i) => i.key),
    removed: Object.keys(before).filter((k) => !byKey.has(k)),
  };
}

const compareReport = opts.compare ? compare(opts.compare) : null;

function printCompare(c: NonNullable<typeof compareReport>) {
  say(`== changes since ${c.file} ==`);
  if ('error' in c) {
    say(c.error.startsWith('ENOENT') ? `  no record at ${c.file}: run with --record first` : `  cannot read ${c.file}: ${c.error}`);
    say();
    return;
  }
  if (c.changed.length) {
    say(table(['id', 'before', '→ after', 'gold', 'verdict'], c.changed.map((x) => [x.id, show(x.before), `→ ${show(x.after)}`, show(x.gold), x.verdict])));
  }
  const k = c.counts;
  say(`  ${k['changed']} changed: ${k['fixed']} fixed, ${k['broke']} broke, ${k['better']} better, ${k['worse']} worse, ${k['changed, still wrong']} changed but still as wrong`);
  if (c.added.length) say(`  ${c.added.length} message(s) not in the record: ${c.added.slice(0, 10).join(', ')}${c.added.length > 10 ? ', …' : ''}`);
  if (c.removed.length) say(`  ${c.removed.length} recorded message(s) no longer in the corpus: ${c.removed.slice(0, 10).join(', ')}${c.removed.length > 10 ? ', …' : ''}`);
  say();
}

// ---------------------------------------------------------------------------------------------------------------
// --errors

const corpusErrors = opts.errors
  ? items
      .filter((it) => !isCorrect(it, preds.get(it.key)!))
      .map((it) => {
        const p = preds.get(it.key)!;
        return {
          id: it.key,
          lang: it.lang,
          gold: { tone: it.tone, flags: it.flags },
          predicted: { tone: p.tone, flags: p.flags, anger: p.anger, lang: p.lang },
          missing: it.flags.filter((f) => !p.flags.includes(f)),
          extra: p.flags.filter((f) => !it.flags.includes(f)),
          rules: p.rules,
          text: snippet(it.text),
        };
      })
  : null;

function printErrors(errs: NonNullable<typeof corpusErrors>) {
  say(`== misclassified corpus messages (${errs.length}) ==`);
  for (const e of errs) {
    const bits = [`gold ${show(e.gold)}`, `predicted ${show(e.predicted)} anger ${e.predicted.anger.toFixed(2)}`];
    if (e.missing.length) bits.push(`missing ${e.missing.join(',')}`);
    if (e.extra.length) bits.push(`extra ${e.extra.join(',')}`);
    if (e.predicted.lang !== e.lang) bits.push(`lang guessed ${e.predicted.lang}`);
    say(`  ${e.id}: ${bits.join('; ')}`);
    if (e.extra.length) {
      const why = e.rules.filter((r) => e.extra.some((f) => r.startsWith(`${f}=`)));
      if (why.length) say(`      fired: ${why.join(' | ')}`);
    }
    say(`      ${e.text}`);
  }
  say();
}

// ---------------------------------------------------------------------------------------------------------------
// --data

const dataDir = opts.data ? resolve(opts.data) : null;
if (dataDir && !existsSync(dataDir)) notice(`data directory ${dataDir} not found; external datasets skipped`);
const data = dataDir && existsSync(dataDir) ? runDatasets(dataDir, classify) : null;

const fmtValue = (kind: MetricRow['kind'], m: Measure | null): string => {
  if (!m) return '—';
  if (kind === 'rate') return m.value === null ? '—' : `${pct(m.value)} (${m.k}/${m.n})`;
  return num(m.value);
};
const fmtTarget = (r: MetricRow) => (r.target ? `${r.target.op === '>=' ? '≥' : '≤'} ${r.kind === 'rate' ? pct(r.target.value, r.target.value < 0.01 ? 1 : 0) : r.target.value.toFixed(2)}` : '—');
const detail = (m: Measure | null): string => {
  if (!m) return '';
  const bits: string[] = [];
  if (m.counts) bits.push(`P ${num(m.counts.precision)} R ${num(m.counts.recall)} TP ${m.counts.tp} FP ${m.counts.fp} FN ${m.counts.fn}`);
  if (!m.counts || m.k === undefined) bits.push(`n=${m.n}`);
  if (m.note) bits.push(m.note);
  return bits.join('; ');
};

function printDataset(r: DatasetReport) {
  say(`-- ${r.name}: ${r.rows.tune} tune rows, ${r.rows.test} test rows${r.rows.skipped ? `, ${r.rows.skipped} unusable lines skipped` : ''} (${r.files.join(', ')})`);
  for (const n of r.notes) say(`   note: ${n}`);
  say(
    table(
      ['metric', 'tune', 'test', 'tune detail', 'test detail'],
      r.metrics.map((m) => [m.metric, fmtValue(m.kind, m.tune), fmtValue(m.kind, m.test), detail(m.tune), detail(m.test)]),
      ['l', 'r', 'r', 'l', 'l'],
      '   ',
    ),
  );
  say();
}

function printSummary(reports: DatasetReport[], skipped: { name: string }[]) {
  const rows = reports.flatMap((r) => r.metrics.filter((m) => m.summary));
  // targets first, in the order of the brief; secondary figures after
  const sorted = [...rows.filter((m) => m.target), ...rows.filter((m) => !m.target)];
  say('== summary (targets apply to TEST rows) ==');
  say(
    table(
      ['metric', 'tune', 'test', 'target', ''],
      sorted.map((m) => [m.metric, fmtValue(m.kind, m.tune), fmtValue(m.kind, m.test), fmtTarget(m), m.pass === null ? (m.target ? '✗ (no value)' : '') : m.pass ? '✓' : '✗']),
      ['l', 'r', 'r', 'r', 'l'],
    ),
  );
  const targeted = sorted.filter((m) => m.target);
  say(`  ${targeted.filter((m) => m.pass).length}/${targeted.length} targets met${skipped.length ? `; not measured (dataset missing): ${skipped.map((x) => x.name).join(', ')}` : ''}`);
  say();
}

function printDataErrors(r: DatasetReport | undefined, name: string) {
  if (!r) {
    say(`== ${name}: dataset not loaded, no errors to show ==`);
    return;
  }
  const picked = pickErrors(r.errors);
  say(`== ${name}: ${picked.length} of ${r.errors.length} ${r.errorsLabel ?? 'misclassified TUNE rows'}${r.rows.tune === 0 ? ' (this dataset has no tune rows)' : ''} ==`);
  for (const e of picked) {
    say(`  ${e.ref}: ${e.kind}; gold ${e.gold}; predicted ${e.predicted} anger ${e.anger.toFixed(2)}`);
    if (e.rules.length) say(`      fired: ${e.rules.join(' | ')}`);
    say(`      ${snippet(e.text)}`);
  }
  say();
}

// ---------------------------------------------------------------------------------------------------------------
// output

if (data && opts.json) for (const s of data.skipped) notice(`${s.name}: ${s.skipped}; skipped`);

const recordFile = opts.record ? resolve(opts.record) : null;

if (opts.json) {
  const json: Record<string, unknown> = {
    corpus: { dir: relative(process.cwd(), opts.corpus) || '.', files, messages: items.length, targets: { flagF1: FLAG_TARGET, toneMacroF1: TONE_TARGET }, byLang: groups },
  };
  if (compareReport) json['compare'] = compareReport;
  if (corpusErrors) json['errors'] = corpusErrors;
  if (data) {
    json['data'] = {
      raw: data.raw,
      skipped: data.skipped,
      datasets: Object.fromEntries(data.reports.map((r) => [r.name, { files: r.files, rows: r.rows, notes: r.notes, metrics: r.metrics }])),
      summary: data.reports
        .flatMap((r) => r.metrics.filter((m) => m.summary).map((m) => ({ dataset: r.name, metric: m.metric, tune: m.tune?.value ?? null, test: m.test?.value ?? null, target: m.target ?? null, pass: m.pass })))
        .sort((a, b) => Number(!!b.target) - Number(!!a.target)),
    };
    if (opts.errorsData) {
      const r = data.reports.find((x) => x.name === opts.errorsData);
      json['errorsData'] = { dataset: opts.errorsData, kind: r?.errorsLabel ?? 'misclassified TUNE rows', total: r?.errors.length ?? 0, rows: r ? pickErrors(r.errors).map((e) => ({ ...e, text: snippet(e.text) })) : [] };
    }
  }
  if (recordFile) json['recorded'] = relative(process.cwd(), recordFile);
  out.push(JSON.stringify(json, null, 2));
} else {
  say(`Calma evaluation: ${items.length} corpus messages (${files.join(', ') || 'none'}) in ${relative(process.cwd(), opts.corpus) || '.'}`);
  say();
  for (const g of ['es', 'en', 'all'] as const) printGroup(g, groups[g]);
  if (compareReport) printCompare(compareReport);
  if (corpusErrors) printErrors(corpusErrors);
  if (data) {
    say(`== external datasets in ${data.raw} ==`);
    for (const s of data.skipped) say(`-- ${s.name}: skipped (${s.skipped})`);
    for (const r of data.reports) printDataset(r);
    printSummary(data.reports, data.skipped);
    if (opts.errorsData) printDataErrors(data.reports.find((x) => x.name === opts.errorsData), opts.errorsData);
  }
  if (recordFile) say(`recorded ${items.length} results to ${relative(process.cwd(), recordFile)}`);
}

if (recordFile) {
  mkdirSync(dirname(recordFile), { recursive: true });
  writeFileSync(recordFile, JSON.stringify(current, null, 1) + '\n');
}
process.stdout.write(out.join('\n') + '\n');
