import { en } from './en.ts';
import { es } from './es.ts';
import type { Locale, Playbook } from './types.ts';

export const PLAYBOOKS: Record<Locale, Playbook> = { en, es };
export const localeOf = (lang: string | undefined): Locale => (lang?.toLowerCase().startsWith('es') ? 'es' : 'en');
export type { Breathing, Card, ChecklistItem, Locale, Playbook, Wording } from './types.ts';
export { DRAFT_ADVICE, type DraftAdvice } from './draft-advice.ts';
