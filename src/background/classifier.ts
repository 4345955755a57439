import { createClassifier, type Classifier } from '../classify/classifier.ts';
import type { LexiconSources } from '../classify/types.ts';

// The lexicon TSV files are bundled as text: the same data files the CLI reads from disk.
const files = import.meta.glob('../lexicons/*/*.tsv', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

function sources(): LexiconSources {
  const out: LexiconSources = {};
  for (const [path, text] of Object.entries(files)) {
    const m = /lexicons\/(es|en)\/([a-z-]+)\.tsv$/.exec(path);
    if (!m) continue;
    const lang = m[1] as 'es' | 'en';
    (out[lang] ??= {})[m[2]] = text;
  }
  return out;
}

let instance: Classifier | null = null;
/** Built on first use: a worker woken for an unrelated event does not pay for it. */
export function classifier(): Classifier {
  instance ??= createClassifier(sources());
  return instance;
}
