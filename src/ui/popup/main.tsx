import { render } from 'preact';
import { browser } from '../../platform/browser.ts';
import { browserConnector } from '../shared/browser-connector.ts';
import { browserI18n } from '../shared/i18n.ts';
import { Popup } from './Popup.tsx';
import '../shared/theme.css';
import './popup.css';

async function openPanel() {
  if (__BROWSER__ === 'chrome') {
    const win = await browser.windows.getCurrent();
    // must run inside the click handler: sidePanel.open needs the user's gesture
    await chrome.sidePanel.open({ windowId: win.id! });
  } else {
    await (browser as unknown as { sidebarAction: { open(): Promise<void> } }).sidebarAction.open();
  }
  window.close();
}

// ?tab=<id> shows that tab (screenshots, tests), as in the side panel; normally the active tab
const param = new URLSearchParams(location.search).get('tab');
const pinned = param !== null && /^\d+$/.test(param) ? Number(param) : null;
const i18n = browserI18n();
document.documentElement.lang = i18n.locale;
render(<Popup connector={browserConnector} i18n={i18n} openPanel={() => void openPanel()} pinnedTab={pinned} />, document.getElementById('app')!);
