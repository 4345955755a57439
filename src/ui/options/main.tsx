import { render } from 'preact';
import { browserSettings } from '../../settings/store.ts';
import { browserI18n } from '../shared/i18n.ts';
import { Options } from './Options.tsx';
import '../shared/theme.css';
import './options.css';

const i18n = browserI18n();
document.documentElement.lang = i18n.locale;
document.title = i18n.t('opt_title');
render(<Options connector={browserSettings} i18n={i18n} />, document.getElementById('app')!);
