import { HOSTILE_THREAT_FACTOR, THREAT_MIN } from '../tunables.ts';
import { phraseRule } from './phrase-rule.ts';

/**
 * Violence or intimidation against a person or a place (lexicons/<lang>/threat.tsv). Idioms and hyperbole
 * ("me muero de risa", "killing me") are guarded by each phrase's exceptions; jokes are softened. Veiled threats
 * (weak phrases: "que se prepare", "he'll think twice") count when the customer is hostile.
 */
export const physicalThreat = phraseRule({
  flag: 'physical_threat',
  category: 'threat',
  min: THREAT_MIN,
  negationWindow: 5,
  jokes: true,
  hostile: HOSTILE_THREAT_FACTOR,
  reason: 'violence or intimidation',
});
