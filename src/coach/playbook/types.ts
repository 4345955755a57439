import type { Situation } from '../types.ts';

export type Locale = 'es' | 'en';

export interface Wording {
  /** the same id in every locale; Spanish may hold two entries per id, one per register */
  id: string;
  text: string;
  /** Spanish register: usted (formal) or tú (informal); absent when it does not matter */
  register?: 'formal' | 'informal';
}

/** A box the agent can tick while calming; ids are shared by the locales (stored ticks survive a language switch). */
export interface ChecklistItem {
  id: string;
  label: string;
}

/** Guided breathing, as data: the UI animates the phases in a loop until `totalSeconds` have passed. */
export interface Breathing {
  intro: string;
  phases: { kind: 'inhale' | 'hold' | 'exhale'; seconds: number; label: string }[];
  totalSeconds: number;
}

export interface Card {
  title: string;
  /** one or two sentences: what is going on and why this card */
  lead: string;
  /** 3–6 short steps */
  steps: string[];
  /** ready wording, at least three variants (Spanish: per register where the customer is addressed) */
  wording: Wording[];
  /** advice that depends on the channel (email vs chat) */
  byChannel?: { email: string; messaging: string };
  checklist?: ChecklistItem[];
  breathing?: Breathing;
}

export type Playbook = Record<Situation, Card>;
