import { LEGAL_MIN } from '../tunables.ts';
import { phraseRule } from './phrase-rule.ts';

/** Lawsuits, lawyers as a threat, police reports, consumer bodies and regulators (lexicons/<lang>/legal.tsv). */
export const legalThreat = phraseRule({
  flag: 'legal_threat',
  category: 'legal',
  min: LEGAL_MIN,
  // "no los voy a demandar", "no voy a poner ninguna queja en la Superintendencia", "not looking to make a fuss
  // or go to the ombudsman": six words back, within the clause (a comma or "but" ends the look-back)
  negationWindow: 6,
  // ...and a negated intention ten words back: "I'm not going to go running to the ombudsman over €12"
  intentNegationWindow: 10,
  reluctance: true,
  jokes: false,
  reason: 'legal action or a complaint to an authority',
});
