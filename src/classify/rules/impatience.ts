import { IMPATIENCE_MIN } from '../tunables.ts';
import { phraseRule } from './phrase-rule.ts';

/** Repeat contact and explicit time pressure (lexicons/<lang>/impatience.tsv). "No hay prisa" is negated. */
export const impatience = phraseRule({
  flag: 'impatience',
  category: 'impatience',
  min: IMPATIENCE_MIN,
  negationWindow: 2,
  jokes: false,
  reason: 'repeat contact or time pressure',
});
