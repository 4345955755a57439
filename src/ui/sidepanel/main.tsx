import { render } from 'preact';
import { browserConnector } from '../shared/browser-connector.ts';
import { browserI18n } from '../shared/i18n.ts';
import { App } from './App.tsx';
import '../shared/theme.css';
import './sidepanel.css';

const param = new URLSearchParams(location.search).get('tab');
const pinned = param !== null && /^\d+$/.test(param) ? Number(param) : null;
const i18n = browserI18n();
document.documentElement.lang = i18n.locale;
document.title = i18n.t('panelTitle');
render(<App connector={browserConnector} pinnedTab={pinned} i18n={i18n} />, document.getElementById('app')!);
