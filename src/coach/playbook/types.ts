import type { Situation } from '../types.ts';

export type Locale = 'es' | 'en';

export interface Wording {
  text: string;
  /** Spanish register: usted (formal) or tú (informal); absent when it does not matter */
  register?: 'formal' | 'informal';
}

export interface Card {
  title: string;
  /** one sentence: what is going on and why this card */
  lead: string;
  steps: string[];
  wording: Wording[];
  /** advice that depends on the channel (email vs chat) */
  byChannel?: { email: string; messaging: string };
}

export type Playbook = Record<Situation, Card>;
