import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LexiconSources } from '../classify/types.ts';

export const LEXICON_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'lexicons');

/** Reads src/lexicons/<lang>/<category>.tsv from disk (the worker gets the same files from the bundler). */
export function loadLexicons(dir = LEXICON_DIR): LexiconSources {
  const out: LexiconSources = {};
  for (const lang of ['es', 'en'] as const) {
    const files: Record<string, string> = {};
    for (const f of readdirSync(join(dir, lang))) {
      if (f.endsWith('.tsv')) files[f.slice(0, -4)] = readFileSync(join(dir, lang, f), 'utf8');
    }
    out[lang] = files;
  }
  return out;
}
