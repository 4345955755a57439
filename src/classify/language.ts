import type { Token } from './tokenize.ts';
import type { Lang } from './types.ts';

/**
 * Spanish or English, by counting each language's common words (class-stopword.tsv) and Spanish-only marks
 * (ñ, ¿, ¡). Too little evidence → 'und', and the classifier then applies both languages.
 */
export function guessLanguage(text: string, tokens: Token[], isStop: (lang: 'es' | 'en', t: Token) => boolean): Lang {
  let es = 0;
  let en = 0;
  const n = Math.min(tokens.length, 400); // the first 400 words say enough
  for (let i = 0; i < n; i++) {
    if (isStop('es', tokens[i])) es++;
    if (isStop('en', tokens[i])) en++;
    if (tokens[i].norm.includes('ñ')) es += 0.5;
  }
  return decideLanguage(text, es, en);
}

/** guessLanguage's verdict from the counts of its first loop (the classifier counts them as it looks words up). */
export function decideLanguage(text: string, es: number, en: number): Lang {
  const head = text.length > 4000 ? text.slice(0, 4000) : text;
  if (head.includes('¿') || head.includes('¡')) es += 1;
  if (es === 0 && en === 0) return 'und';
  if (es > en) return 'es';
  if (en > es) return 'en';
  return 'und';
}
