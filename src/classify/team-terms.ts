import { formatLexicon, parseLexicon, sortRows } from './lexicon-format.ts';
import type { LexiconSources } from './types.ts';

/** A term a team adds (the settings schema validates it: normalised term, weight 0..1, plain-phrase exceptions). */
export interface TeamTerm {
  category: string;
  term: string;
  weight: number;
  exceptions?: string[];
  note?: string;
}
export type TeamTerms = Partial<Record<'es' | 'en', TeamTerm[]>>;

/**
 * The team's own terms (settings `lexicon`, from the options page or the organisation's policy: product names,
 * local slang) join the bundled lexicons, a team row replacing a bundled one with the same term.
 */
export function withTeamTerms(base: LexiconSources, team: TeamTerms): LexiconSources {
  const out: LexiconSources = { ...base };
  for (const lang of ['es', 'en'] as const) {
    const terms = team[lang] ?? [];
    if (!terms.length || !base[lang]) continue;
    const files = { ...base[lang] };
    for (const cat of new Set(terms.map((t) => t.category))) {
      const lex = parseLexicon(files[cat] ?? 'term\tweight\texcept\tnote\n');
      const mine = terms.filter((t) => t.category === cat);
      const replaced = new Set(mine.map((t) => t.term));
      lex.rows = sortRows([
        ...lex.rows.filter((r) => !replaced.has(r.term)),
        ...mine.map((t) => ({ term: t.term, weight: t.weight, except: t.exceptions ?? [], note: (t.note || 'team term').replace(/[\t\r\n]+/g, ' ') })),
      ]);
      files[cat] = formatLexicon(lex);
    }
    out[lang] = files;
  }
  return out;
}

