import { createClassifier, type Classifier } from '../classify/classifier.ts';
import { withTeamTerms } from '../classify/team-terms.ts';
import type { LexiconSources } from '../classify/types.ts';
import type { Settings } from '../settings/schema.ts';
import { onSettings, settingsNow } from './settings.ts';

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

function build(team: Settings['lexicon']): Classifier {
  const base = sources();
  if (!team.es?.length && !team.en?.length) return createClassifier(base);
  try {
    return createClassifier(withTeamTerms(base, team));
  } catch (e) {
    // a team term the matcher cannot use (e.g. an unknown @class): keep coaching with the bundled lexicons
    console.warn('[calma] team lexicon terms not used:', e);
    return createClassifier(base);
  }
}

let instance: Classifier | null = null;
// new team terms: the next message is classified with them
onSettings(() => {
  instance = null;
});

/** Built on first use: a worker woken for an unrelated event does not pay for it. */
export function classifier(): Classifier {
  instance ??= build(settingsNow().lexicon);
  return instance;
}
