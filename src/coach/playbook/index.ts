import { en } from './en.ts';
import { es } from './es.ts';
import type { Locale, Playbook } from './types.ts';

export const PLAYBOOKS: Record<Locale, Playbook> = { en, es };
export { localeOf } from './locale.ts';
export type { Breathing, Card, ChecklistItem, Locale, Playbook, Wording } from './types.ts';
export { DRAFT_ADVICE, type DraftAdvice } from './draft-advice.ts';
