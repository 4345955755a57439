/**
 * `npm run --silent bench`: throughput of the classifier next to three well-known JS text libraries, on the same
 * messages (tests/corpus/*.jsonl), in one process; plus the time for one very long message. A measuring script, not a
 * test: it prints ONE JSON object on stdout and a one-line human summary on stderr.
 *
 * The other libraries do less (sentiment polarity, or an English profanity list), so the ratios only say how far
 * calma's cost is from theirs, not which is better.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { englishDataset, englishRecommendedTransformers, RegExpMatcher } from 'obscenity';
import Sentiment from 'sentiment';
import type { createClassifier as CreateClassifier } from '../classify/classifier.ts';
import { ownTextRanges } from '../classify/quoted.ts';
import { MAX_CHARS } from '../classify/tunables.ts';
import { CORPUS_DIR } from './eval/corpus.ts';
import { loadLexicons } from './load-lexicons.ts';

// vader-sentiment ships no types: describe the one call used
const require = createRequire(import.meta.url);
const vader = require('vader-sentiment') as { SentimentIntensityAnalyzer: { polarity_scores(text: string): { compound: number } } };

const MIN_CLASSIFICATIONS = 20_000;
/** measuring passes, interleaved across the libraries so that drift (GC, CPU frequency) hits them all alike */
const ROUNDS = 4;
const LONG_SIZES = [
  { label: '10KB', bytes: 10 * 1024, runs: 15 },
  { label: '100KB', bytes: 100 * 1024, runs: 9 },
  { label: '1MB', bytes: 1024 * 1024, runs: 5 },
] as const;

const t0 = process.hrtime.bigint();
const ms = (ns: bigint) => Number(ns) / 1e6;

// ---------------------------------------------------------------------------------------------------------------
// messages

function corpusTexts(): { texts: string[]; files: string[] } {
  const files = readdirSync(CORPUS_DIR)
    .filter((f) => f.endsWith('.jsonl'))
    .sort();
  const texts: string[] = [];
  for (const f of files) {
    for (const line of readFileSync(join(CORPUS_DIR, f), 'utf8').split(/\r?\n/)) {
      if (!line.trim()) continue;
      try {
        const o = JSON.parse(line) as { text?: unknown };
        if (typeof o.text === 'string') texts.push(o.text);
      } catch {
        // a malformed line is not a message; eval reports it
      }
    }
  }
  return { texts, files };
}

const { texts, files } = corpusTexts();
if (!texts.length) {
  process.stderr.write(`bench: no messages in ${CORPUS_DIR}/*.jsonl\n`);
  process.exit(1);
}
const passes = Math.ceil(MIN_CLASSIFICATIONS / texts.length);
// round up so that every round runs the same whole number of passes over the corpus
const passesPerRound = Math.ceil(passes / ROUNDS);
const totalPasses = passesPerRound * ROUNDS;
const classifications = totalPasses * texts.length;
const corpusChars = texts.reduce((s, t) => s + t.length, 0);

// ---------------------------------------------------------------------------------------------------------------
// libraries: each returns a number so that the work cannot be optimised away

/**
 * Calma is measured as it ships: one bundled, minified module (the worker's code is bundled too). Loading the
 * TypeScript sources through tsx instead costs about twice the time per message (per-module wrappers and
 * kept function names), which would measure the loader, not the classifier.
 */
async function bundledClassifier(): Promise<typeof CreateClassifier> {
  const dir = mkdtempSync(join(tmpdir(), 'calma-bench-'));
  try {
    const outfile = join(dir, 'classifier.mjs');
    const entry = new URL('../classify/classifier.ts', import.meta.url).pathname;
    await build({ entryPoints: [entry], bundle: true, minify: true, format: 'esm', platform: 'neutral', outfile, logLevel: 'error', define: { __E2E__: 'false' } });
    return ((await import(pathToFileURL(outfile).href)) as { createClassifier: typeof CreateClassifier }).createClassifier;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
const calma = (await bundledClassifier())(loadLexicons());
const afinn = new Sentiment();
const obscenity = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });

const LIBS: Record<'calma' | 'vader' | 'afinn' | 'obscenity', (text: string) => number> = {
  calma: (t) => calma.classify(t).flags.length,
  vader: (t) => vader.SentimentIntensityAnalyzer.polarity_scores(t).compound,
  afinn: (t) => afinn.analyze(t).score,
  obscenity: (t) => obscenity.getAllMatches(t).length,
};
type LibName = keyof typeof LIBS;
const names = Object.keys(LIBS) as LibName[];

let sink = 0;
function pass(fn: (t: string) => number, times: number): bigint {
  const start = process.hrtime.bigint();
  for (let p = 0; p < times; p++) for (let i = 0; i < texts.length; i++) sink += fn(texts[i]!);
  return process.hrtime.bigint() - start;
}

// warm-up: every library sees every message WARMUP_PASSES times before any timing (JIT, lazy regex compilation,
// caches). On a 2-CPU machine V8 needs some 20 passes over the corpus before calma's code is fully optimised; with
// only 2 the figure was mostly warm-up. Every library gets the same warm-up.
const WARMUP_PASSES = 20;
for (const n of names) pass(LIBS[n], WARMUP_PASSES);

const elapsed: Record<LibName, bigint> = { calma: 0n, vader: 0n, afinn: 0n, obscenity: 0n };
for (let r = 0; r < ROUNDS; r++) {
  // rotate the order each round so that no library always runs first
  for (let k = 0; k < names.length; k++) {
    const n = names[(k + r) % names.length]!;
    elapsed[n] += pass(LIBS[n], passesPerRound);
  }
}
const perSecond = Object.fromEntries(names.map((n) => [n, Math.round(classifications / (Number(elapsed[n]) / 1e9))])) as Record<LibName, number>;
const round3 = (x: number) => Math.round(x * 1000) / 1000;

// ---------------------------------------------------------------------------------------------------------------
// one long message: corpus messages joined by blank lines until the size is reached, cut at a character boundary

function longMessage(bytes: number, pool: readonly string[]): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i = (i + 1) % pool.length) {
    parts.push(pool[i]!);
    size += Buffer.byteLength(pool[i]!, 'utf8') + 2;
  }
  let text = parts.join('\n\n');
  // trim to exactly `bytes` or just under (never split a UTF-16 pair or a UTF-8 sequence)
  const buf = Buffer.from(text, 'utf8').subarray(0, bytes);
  text = buf.toString('utf8');
  if (text.endsWith('\uFFFD')) text = text.slice(0, -1);
  return text;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** characters the classifier treats as the customer's own words (it skips quoted history and signatures, and reads at most MAX_CHARS) */
const analysedChars = (text: string) => ownTextRanges(text.slice(0, MAX_CHARS)).reduce((s, [a, b]) => s + (b - a), 0);

/** corpus messages with no quoted history, forwarded block or signature: the classifier reads every word of them */
const fullyOwn = texts.filter((t) => {
  const covered = new Uint8Array(t.length);
  for (const [a, b] of ownTextRanges(t)) covered.fill(1, a, b);
  for (let i = 0; i < t.length; i++) if (!covered[i] && !/\s/.test(t[i]!)) return false;
  return true;
});

interface LongTiming { bytes: number; chars: number; analysedChars: number; runs: number; medianMs: number; minMs: number; maxMs: number }

function timeLong(pool: readonly string[]): { timings: Record<string, LongTiming>; ratio1MBto100KB: number | null } {
  const timings: Record<string, LongTiming> = {};
  for (const { label, bytes, runs } of LONG_SIZES) {
    const text = longMessage(bytes, pool);
    sink += LIBS.calma(text); // warm-up on this size
    const times: number[] = [];
    for (let r = 0; r < runs; r++) {
      const start = process.hrtime.bigint();
      sink += LIBS.calma(text);
      times.push(ms(process.hrtime.bigint() - start));
    }
    timings[label] = {
      bytes: Buffer.byteLength(text, 'utf8'),
      chars: text.length,
      analysedChars: analysedChars(text),
      runs,
      medianMs: round3(median(times)),
      minMs: round3(Math.min(...times)),
      maxMs: round3(Math.max(...times)),
    };
  }
  const ratio1MBto100KB = timings['100KB']!.medianMs > 0 ? round3(timings['1MB']!.medianMs / timings['100KB']!.medianMs) : null;
  return { timings, ratio1MBto100KB };
}

// as asked: every corpus message in file order (some carry quoted history or a signature, after which the classifier stops reading)
const long = timeLong(texts);
// every word analysed: only the messages without quoted/signature parts, so the matcher itself is what scales
const longFull = fullyOwn.length ? timeLong(fullyOwn) : null;
const scaling = long.ratio1MBto100KB;

// ---------------------------------------------------------------------------------------------------------------
// report

const result = {
  node: process.version,
  platform: `${process.platform}-${process.arch}`,
  corpus: { files, messages: texts.length, chars: corpusChars },
  messages: {
    /** classifications timed per library (the corpus repeated `passes` times) */
    perLibrary: classifications,
    passes: totalPasses,
    totalChars: corpusChars * totalPasses,
    warmupPasses: WARMUP_PASSES,
    rounds: ROUNDS,
  },
  messagesPerSecond: perSecond,
  msPerMessage: Object.fromEntries(names.map((n) => [n, round3(ms(elapsed[n]) / classifications)])),
  ratios: {
    calmaVsVader: round3(perSecond.calma / perSecond.vader),
    calmaVsAfinn: round3(perSecond.calma / perSecond.afinn),
    calmaVsObscenity: round3(perSecond.calma / perSecond.obscenity),
  },
  longMessage: {
    ...long.timings,
    ratio1MBto100KB: scaling,
    /** the classifier reads at most this many characters of one message */
    classifierMaxChars: MAX_CHARS,
    built: 'all corpus messages in file order joined by blank lines; the classifier stops at the first quoted-history or signature block, see analysedChars',
  },
  longMessageFullyAnalysed: longFull && {
    ...longFull.timings,
    ratio1MBto100KB: longFull.ratio1MBto100KB,
    built: `only the ${fullyOwn.length} corpus messages with no quoted history or signature, joined by blank lines, so every word up to classifierMaxChars is analysed`,
  },
  libraries: {
    calma: 'createClassifier(loadLexicons()).classify(text), src/classify bundled and minified with esbuild as the worker ships it',
    vader: 'vader-sentiment SentimentIntensityAnalyzer.polarity_scores(text)',
    afinn: 'sentiment (AFINN-165) new Sentiment().analyze(text)',
    obscenity: 'obscenity RegExpMatcher(englishDataset.build(), englishRecommendedTransformers).getAllMatches(text)',
  },
  checksum: Math.round(sink) % 1_000_000,
  totalMs: Math.round(ms(process.hrtime.bigint() - t0)),
};

process.stdout.write(JSON.stringify(result, null, 2) + '\n');
const fmt = (n: number) => n.toLocaleString('en-US');
process.stderr.write(
  `bench: ${fmt(classifications)} msgs/lib | calma ${fmt(perSecond.calma)}/s, vader ${fmt(perSecond.vader)}/s (×${result.ratios.calmaVsVader}), ` +
    `afinn ${fmt(perSecond.afinn)}/s (×${result.ratios.calmaVsAfinn}), obscenity ${fmt(perSecond.obscenity)}/s (×${result.ratios.calmaVsObscenity}) | ` +
    `one message 10KB ${long.timings['10KB']!.medianMs} ms, 100KB ${long.timings['100KB']!.medianMs} ms, 1MB ${long.timings['1MB']!.medianMs} ms (1MB/100KB ×${scaling})` +
    (longFull ? `; fully analysed ${longFull.timings['10KB']!.medianMs} / ${longFull.timings['100KB']!.medianMs} / ${longFull.timings['1MB']!.medianMs} ms (×${longFull.ratio1MBto100KB})` : '') +
    ` | ${(result.totalMs / 1000).toFixed(1)} s\n`,
);
