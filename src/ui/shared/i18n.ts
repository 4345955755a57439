import { localeOf } from '../../coach/playbook/locale.ts';
import type { Locale } from '../../coach/playbook/types.ts';
import { t as platformT, uiLanguage } from '../../platform/browser.ts';

/** UI strings come from _locales (the browser's language); the playbook follows the same locale. */
export type Translate = (key: string, subs?: string | string[]) => string;

export interface I18n {
  locale: Locale;
  t: Translate;
}

export function browserI18n(): I18n {
  return { locale: localeOf(uiLanguage()), t: platformT };
}
