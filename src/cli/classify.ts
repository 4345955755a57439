/**
 * `npm run --silent classify -- [FILE]`: JSON Lines in ({"id","text"}), one JSON line out per input line, in
 * order. A malformed line gives {"id": null, "error": "..."} and processing goes on. Stable contract.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createClassifier } from '../classify/classifier.ts';
import { loadLexicons } from './load-lexicons.ts';

const classifier = createClassifier(loadLexicons());
const file = process.argv[2];
const input = file && file !== '-' ? createReadStream(file, 'utf8') : process.stdin;
input.on('error', (e: Error) => {
  process.stderr.write(`classify: cannot read ${file}: ${e.message}\n`);
  process.exit(2);
});

const rl = createInterface({ input, crlfDelay: Infinity });
const out: string[] = [];
const flush = () => {
  if (out.length) process.stdout.write(out.join('\n') + '\n');
  out.length = 0;
};

export function classifyLine(line: string): string {
  let obj: unknown;
  try {
    obj = JSON.parse(line);
  } catch (e) {
    return JSON.stringify({ id: null, error: `invalid JSON: ${(e as Error).message}` });
  }
  if (typeof obj !== 'object' || obj === null || Array.isArray(obj)) return JSON.stringify({ id: null, error: 'each line must be a JSON object' });
  const { id, text } = obj as { id?: unknown; text?: unknown };
  if (typeof text !== 'string') return JSON.stringify({ id: null, error: 'field "text" must be a string' });
  if (id !== undefined && typeof id !== 'string' && typeof id !== 'number') return JSON.stringify({ id: null, error: 'field "id" must be a string or a number' });
  const a = classifier.classify(text);
  return JSON.stringify({ id: id ?? null, lang: a.lang, tone: a.tone, anger: a.anger, flags: a.flags, scores: a.scores, evidence: a.evidence });
}

rl.on('line', (line) => {
  if (line.trim() === '') return;
  out.push(classifyLine(line));
  if (out.length >= 256) flush();
});
rl.on('close', flush);
