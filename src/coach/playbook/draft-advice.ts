import type { DraftKind } from '../draft.ts';
import type { Locale } from './types.ts';

/** What the panel says about a draft finding: a gentle note, never a block. Ours, in both languages. */
export interface DraftAdvice {
  title: string;
  tip: string;
}

export const DRAFT_ADVICE: Record<Locale, Record<DraftKind, DraftAdvice>> = {
  en: {
    retaliation: {
      title: 'This may read as answering back',
      tip: 'However it was meant, the customer may hear an attack. Say what you will do instead, in neutral words.',
    },
    sarcasm: {
      title: 'This may sound sarcastic',
      tip: 'Repeating yourself is tiring, but the customer may read impatience. Try restating the point simply, as if for the first time.',
    },
    shouting: {
      title: 'This may look like shouting',
      tip: 'Capitals and strings of exclamation marks read as raised voices. Sentence case keeps the temperature down.',
    },
    blame: {
      title: 'This may sound like blame',
      tip: 'Even when the customer slipped up, blame keeps the argument going. Describe the next step instead of the mistake.',
    },
  },
  es: {
    retaliation: {
      title: 'Esto puede sonar a contraataque',
      tip: 'Lo hayas querido decir o no, el cliente puede leerlo como un ataque. Di qué vas a hacer, con palabras neutras.',
    },
    sarcasm: {
      title: 'Esto puede sonar sarcástico',
      tip: 'Repetir cansa, pero el cliente puede leer impaciencia. Prueba a explicarlo de nuevo con sencillez, como si fuera la primera vez.',
    },
    shouting: {
      title: 'Esto puede parecer un grito',
      tip: 'Las mayúsculas y las ristras de exclamaciones se leen como una voz alzada. Escribir en minúsculas baja la temperatura.',
    },
    blame: {
      title: 'Esto puede sonar a reproche',
      tip: 'Aunque el cliente se haya equivocado, el reproche alarga la discusión. Describe el siguiente paso en lugar del error.',
    },
  },
};
