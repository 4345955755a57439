import { LEGAL_MIN } from '../tunables.ts';
import { phraseRule } from './phrase-rule.ts';

/** Lawsuits, lawyers as a threat, police reports, consumer bodies and regulators (lexicons/<lang>/legal.tsv). */
export const legalThreat = phraseRule({
  flag: 'legal_threat',
  category: 'legal',
  min: LEGAL_MIN,
  // "no los voy a demandar": four words back
  negationWindow: 4,
  jokes: false,
  reason: 'legal action or a complaint to an authority',
});
