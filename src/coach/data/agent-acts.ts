/**
 * What an agent reply already did, read from its text. DATA: a team lead may edit these lists.
 *
 * - One phrase per string, both languages in one list (agents switch language; the lists do not overlap).
 * - Accents and case do not matter; punctuation is ignored. `*` ends a word with any ending ("disculp*").
 * - A phrase right after a negation ("no", "not", "never", "nunca", "don't") does not count: "no entiendo".
 * - `{ p, except }`: the phrase does not count when the next word is one of `except`.
 * Keep phrases specific: a false "already asked to stop" moves the coach to the end-conversation advice.
 */
import type { PhraseEntry } from '../phrase-match.ts';
import type { AgentAct } from '../facts.ts';

export const AGENT_ACT_PHRASES: Record<AgentAct, PhraseEntry[]> = {
  /** acknowledging, empathising, apologising: calming has been tried */
  acknowledge: [
    // English
    'i understand', 'i completely understand', 'i can see', 'i can imagine', 'i hear you', 'i\'m sorry', 'i am sorry',
    'so sorry', 'we\'re sorry', 'we are sorry', 'sorry for', 'sorry about', 'i apologise', 'i apologize', 'we apologise', 'we apologize', 'my apologies', 'our apologies', 'please accept our apologies',
    'that must be', 'must have been', 'frustrating', 'you are right', 'you\'re right', 'thank you for your patience',
    'thanks for your patience', 'i appreciate',
    // español
    'entiendo', 'comprendo', 'lo siento', 'lo sentimos', 'siento mucho', 'sentimos mucho', 'sentimos las molestias', 'siento las molestias', 'lamento', 'lamentamos', 'disculp*',
    'perdone', 'perdona', 'perdón', 'frustrante', 'tiene razón', 'tienes razón', 'me hago cargo', 'me pongo en su lugar',
    'me pongo en tu lugar', 'gracias por su paciencia', 'gracias por tu paciencia', 'agradezco',
  ],
  /** asking the customer to stop the abuse, or to keep it respectful */
  'ask-to-stop': [
    // English
    'please stop', 'ask you to stop', 'asking you to stop', 'stop the insults', 'stop insulting', 'stop swearing',
    'stop the personal', 'keep the language respectful', 'keep the conversation respectful', 'keep this respectful',
    'keep it respectful', 'keep it civil', 'keep this civil', 'mind your language', 'watch your language',
    'bad language', 'abusive language', 'offensive language', 'personal remarks', 'refrain from',
    'will not tolerate', 'won\'t tolerate', 'do not tolerate', 'don\'t tolerate', 'not acceptable',
    // español
    'deje de insultar', 'dejes de insultar', 'deje de faltar', 'dejes de faltar', 'deje los insultos',
    'dejes los insultos', 'deje los comentarios', 'dejes los comentarios', 'sin insultos', 'sin palabrotas',
    'sin palabras ofensivas', 'lenguaje respetuoso', 'tono respetuoso', 'mantengamos el respeto',
    'mantener el respeto', 'faltas de respeto', 'no toleramos', 'no voy a tolerar', 'no podemos tolerar',
    'no es aceptable', 'le pido respeto', 'te pido respeto',
  ],
  /** warning that the conversation will end, or ending it */
  'warn-end': [
    // English
    'end this conversation', 'end the conversation', 'ending this conversation', 'ending the conversation',
    'end this chat', 'end the chat', 'close this chat', 'close the chat', 'closing this chat',
    // español
    'terminar la conversación', 'terminar esta conversación', 'termino la conversación', 'termino esta conversación',
    'finalizar la conversación', 'finalizar esta conversación', 'finalizo la conversación', 'cerrar el chat',
    'cerrar este chat', 'cierro el chat', 'doy por terminada', 'damos por terminada',
  ],
  /** handing over to a supervisor or a colleague */
  escalate: [
    // English
    'my supervisor', 'my manager', 'my team lead', 'a supervisor will', 'a colleague will', 'a senior',
    'escalat*', 'transfer you', 'transferring you', 'passing this to', 'passing you to', 'hand this over',
    'handing this over',
    // español
    'mi supervisor', 'mi supervisora', 'mi responsable', 'mi jefe', 'mi jefa', 'un compañero', 'una compañera',
    'escalar', 'escalo', 'escalado', 'escalada', 'le paso con', 'te paso con', 'le transfiero', 'te transfiero', 'le derivo', 'te derivo', 'traslado su caso',
    'traslado tu caso',
  ],
};
