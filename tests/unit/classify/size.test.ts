import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { expect, it } from 'vitest';
import { LEXICON_DIR } from '../../../src/cli/load-lexicons.ts';
import { compactLexicon, notesShown } from '../../../src/classify/lexicon-format.ts';

/**
 * The budget: lexicons and rules for both languages ≤ 60 KB gzip (the worker ships both), measured as they
 * ship: the lexicon files compacted (vite.config.ts: no comment lines, no empty trailing columns, no notes the agent never sees), the classifier
 * bundled and minified.
 */
const BUDGET = 60 * 1024;

it('lexicons and the classifier code for both languages stay within 60 KB gzip', async () => {
  const tsv = (['es', 'en'] as const)
    .flatMap((lang) =>
      readdirSync(join(LEXICON_DIR, lang))
        .filter((f) => f.endsWith('.tsv'))
        .map((f) => compactLexicon(readFileSync(join(LEXICON_DIR, lang, f), 'utf8'), notesShown(f.slice(0, -'.tsv'.length)))),
    )
    .join('\n');
  const entry = new URL('../../../src/classify/classifier.ts', import.meta.url).pathname;
  const out = await build({ entryPoints: [entry], bundle: true, minify: true, format: 'esm', platform: 'neutral', write: false, logLevel: 'error', define: { __E2E__: 'false' } });
  const bytes = gzipSync(tsv + '\n' + out.outputFiles[0].text, { level: 9 }).length;
  console.log(`classifier: lexicons + code ${bytes} B gzip (budget ${BUDGET})`);
  expect(bytes).toBeLessThanOrEqual(BUDGET);
});
