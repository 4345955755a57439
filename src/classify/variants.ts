import { wordSet } from './context.ts';
import type { LexiconRow } from './types.ts';

/**
 * How Spanish is typed in a chat, applied to the lexicons when they are loaded so that a term is written once:
 * without ñ ("contrasena", "dueno") and with "q" for "que" ("hace una semana q espero"). The folding keeps ñ
 * (año ≠ ano), so these spellings need rows of their own; a row the file already has is never replaced.
 */

/** Terms whose n-form is another word: año → ano, doña → dona, gañán → ganan, coño → cono (a cone). */
const OTHER_WORD_WITHOUT_ENYE = wordSet('año años doña gañan gañanes coño coños');
/** Lexicon categories (not word classes) whose phrases are also written with "q". */
const Q_CATEGORIES = wordSet('anger escalation impatience insult threat vulgarity legal polite');
const QUE = /\bque\b/g;
const HAS_QUE = /\bque\b/;

function variant(rows: readonly LexiconRow[], have: Set<string>, spell: (s: string) => string, applies: (term: string) => boolean): LexiconRow[] {
  const added: LexiconRow[] = [];
  for (const r of rows) {
    if (!applies(r.term)) continue;
    const term = spell(r.term);
    if (term === r.term || have.has(term)) continue;
    have.add(term);
    added.push({ ...r, term, except: r.except.map(spell) });
  }
  return added;
}

/** The rows of one Spanish lexicon file plus their chat spellings. */
export function withChatSpellings(name: string, rows: readonly LexiconRow[]): LexiconRow[] {
  const have = new Set(rows.map((r) => r.term));
  const all = [...rows];
  all.push(...variant(all, have, (s) => s.replaceAll('ñ', 'n'), (t) => t.includes('ñ') && !OTHER_WORD_WITHOUT_ENYE.has(t)));
  if (Q_CATEGORIES.has(name)) all.push(...variant(all, have, (s) => s.replace(QUE, 'q'), (t) => t !== 'que' && HAS_QUE.test(t)));
  return all;
}
