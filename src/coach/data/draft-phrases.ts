/**
 * Phrases in an agent's draft that deserve a gentle second look before sending. DATA: a team lead may edit these.
 * Same format as agent-acts.ts: accents, case and punctuation do not matter; `*` ends a word with any ending;
 * `{ p, except }` does not count when the next word is in `except` ("you should have received" is not blame).
 * Insults and swearing aimed at the customer are found by the classifier's lexicons; these lists add the
 * dismissive phrases a lexicon of insults does not hold.
 */
import type { PhraseEntry } from '../phrase-match.ts';

/** Answering back: dismissive or provoking, even without an insult word. */
export const RETALIATION: PhraseEntry[] = [
  // English
  'shut up', 'calm down', 'not my problem', 'your problem', 'deal with it', 'take it or leave it', 'go elsewhere',
  'stop whining', 'stop complaining', 'grow up', 'learn to read', 'who do you think you are', 'how dare you',
  'you people',
  // español
  'cállese', 'cállate', 'cálmese', 'cálmate', 'tranquilícese', 'tranquilízate', 'no es mi problema', 'es su problema',
  'es tu problema', 'búsquese la vida', 'búscate la vida', 'si no le gusta', 'si no te gusta', 'aprenda a leer',
  'aprende a leer', 'deje de quejarse', 'deja de quejarte', 'quién se cree', 'quién te crees', 'cómo se atreve',
  'cómo te atreves',
];

/** Sarcasm and impatience: the customer hears "you are slow". */
export const SARCASM: PhraseEntry[] = [
  // English
  'as i already said', 'as i already told you', 'as i already explained', 'as i have already explained',
  'as i said before', 'as i told you before', 'as previously stated', 'as stated before', 'like i said',
  'obviously', 'did you even read', 'do you even read', 'i will say it again', 'i\'ll say it again',
  'for the third time', 'for the last time', 'with all due respect', 'good luck with that', 'thanks for nothing',
  'if you had bothered',
  // español
  'como ya le dije', 'como ya te dije', 'como ya le he dicho', 'como ya te he dicho', 'como ya le expliqué',
  'como ya te expliqué', 'como ya le indiqué', 'como ya te indiqué', 'como ya se le indicó', 'evidentemente',
  'obviamente', 'acaso no lee', 'acaso no lees', 'es que no lee', 'es que no lees', 'por enésima vez',
  'por tercera vez', 'se lo repito', 'te lo repito', 'con todos mis respetos', 'buena suerte con eso',
  'no sé cuántas veces',
];

/** Blame: the customer hears "this is your fault". */
const NOT_BLAME_EN = ['received', 'got', 'gotten', 'been', 'access', 'a', 'an', 'the', 'it', 'already', 'seen', 'one', 'no'];
const NOT_BLAME_ES = ['recibido', 'llegado', 'sido', 'acceso', 'un', 'una', 'ya'];
export const BLAME: PhraseEntry[] = [
  // English
  { p: 'you should have', except: NOT_BLAME_EN },
  { p: 'you should\'ve', except: NOT_BLAME_EN },
  'you didn\'t read', 'you did not read', 'you failed to', 'your fault', 'you were supposed to', 'if you had read',
  'if you had followed', 'you forgot to', 'that\'s on you', 'that is on you', 'because you didn\'t',
  'because you did not', 'you never read',
  // español
  'es culpa suya', 'es su culpa', 'es tu culpa', 'culpa tuya', 'por su culpa', 'por tu culpa', 'usted no ley*',
  'usted no ha leído', 'usted no entendi*', 'usted no hizo', 'usted no siguió', 'usted no prestó', 'usted no revisó',
  'tú no leíste', 'no leyó bien', 'no leíste bien', 'si hubiera leído', 'si hubieras leído', 'se le olvidó',
  'se te olvidó', 'usted se equivocó', 'te equivocaste',
  { p: 'debería haber', except: NOT_BLAME_ES },
  { p: 'deberías haber', except: NOT_BLAME_ES },
  { p: 'tendría que haber', except: NOT_BLAME_ES },
  { p: 'tendrías que haber', except: NOT_BLAME_ES },
];
