import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { createClassifier } from '../../../src/classify/classifier.ts';
import { compactLexicon, notesShown } from '../../../src/classify/lexicon-format.ts';
import type { LexiconSources } from '../../../src/classify/types.ts';
import { CORPUS_DIR } from '../../../src/cli/eval/corpus.ts';
import { loadLexicons } from '../../../src/cli/load-lexicons.ts';

/**
 * The extension ships the lexicons compacted, their rows grouped by weight (vite.config.ts, compactLexicon); the CLI
 * and the evaluation read the source files. Both must classify every message alike, or the figures in the notes would
 * describe another classifier than the one agents use.
 */
it('the shipped (compacted) lexicons classify the corpus exactly as the source files do', () => {
  const source = loadLexicons();
  const shipped: LexiconSources = {};
  for (const lang of ['es', 'en'] as const) {
    shipped[lang] = Object.fromEntries(Object.entries(source[lang]!).map(([name, text]) => [name, compactLexicon(text, notesShown(name))]));
  }
  const a = createClassifier(source);
  const b = createClassifier(shipped);
  const texts = readdirSync(CORPUS_DIR)
    .filter((f) => f.endsWith('.jsonl'))
    .flatMap((f) => readFileSync(join(CORPUS_DIR, f), 'utf8').split('\n').filter((l) => l.trim()))
    .map((l) => (JSON.parse(l) as { text: string }).text);
  expect(texts.length).toBeGreaterThan(500);
  for (const t of texts) expect(b.classify(t), t.slice(0, 60)).toEqual(a.classify(t));
});
