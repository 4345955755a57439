import { render } from 'preact';
import { browserConnector } from '../shared/browser-connector.ts';
import { browserI18n } from '../shared/i18n.ts';
import { loadPlaybook } from '../../coach/playbook/locale.ts';
import { App } from './App.tsx';
import '../shared/theme.css';
import './sidepanel.css';

const param = new URLSearchParams(location.search).get('tab');
const pinned = param !== null && /^\d+$/.test(param) ? Number(param) : null;
const i18n = browserI18n();
document.documentElement.lang = i18n.locale;
document.title = i18n.t('panelTitle');
// only the language shown is loaded: the two playbooks are a quarter of the panel's weight
void loadPlaybook(i18n.locale).then((playbook) => render(<App connector={browserConnector} pinnedTab={pinned} i18n={i18n} playbook={playbook} />, document.getElementById('app')!));
