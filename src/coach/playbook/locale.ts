import type { Locale } from './types.ts';

/** Spanish for es-*, English otherwise (apart from index.ts so the UI can pick a locale without loading both playbooks). */
export const localeOf = (lang: string | undefined): Locale => (lang?.toLowerCase().startsWith('es') ? 'es' : 'en');

/** Load one language's playbook (the side panel loads only the one it shows). */
export async function loadPlaybook(locale: Locale) {
  return locale === 'es' ? (await import('./es.ts')).es : (await import('./en.ts')).en;
}
