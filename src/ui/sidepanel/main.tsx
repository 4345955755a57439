import { render } from 'preact';
import { loadPlaybook } from '../../coach/playbook/locale.ts';
import type { Locale } from '../../coach/playbook/types.ts';
import { browser } from '../../platform/browser.ts';
import { browserConnector } from '../shared/browser-connector.ts';
import { browserI18n } from '../shared/i18n.ts';
import { App } from './App.tsx';
import '../shared/theme.css';
import './sidepanel.css';

const param = new URLSearchParams(location.search).get('tab');
const pinned = param !== null && /^\d+$/.test(param) ? Number(param) : null;
const browserLang = browserI18n();
document.title = browserLang.t('panelTitle');

/**
 * The cards and their wording follow the agent's language setting (options page, "Language of the coach's cards");
 * the panel's own labels follow the browser (extension _locales). Read raw: the options page validated it on save.
 */
async function cardLanguage(): Promise<Locale> {
  try {
    const got = (await browser.storage.local.get('calma:settings')) as Record<string, { profile?: { language?: unknown } } | undefined>;
    const lang = got['calma:settings']?.profile?.language;
    return lang === 'es' || lang === 'en' ? lang : browserLang.locale;
  } catch {
    return browserLang.locale;
  }
}

void cardLanguage().then(async (locale) => {
  const i18n = { ...browserLang, locale };
  document.documentElement.lang = browserLang.locale;
  // only the language shown is loaded: the two playbooks are a quarter of the panel's weight
  const playbook = await loadPlaybook(locale);
  render(<App connector={browserConnector} pinnedTab={pinned} i18n={i18n} playbook={playbook} />, document.getElementById('app')!);
});
