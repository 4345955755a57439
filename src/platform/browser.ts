/**
 * The only module that touches the extension APIs (through webextension-polyfill). Everything else gets
 * these functions, so UI components can be rendered with fakes in tests.
 */
import browser from 'webextension-polyfill';

export { browser };

/** storage.session keeps per-tab state in memory only (it never touches disk) and survives worker restarts. */
export const sessionArea = () => browser.storage.session ?? browser.storage.local;

export function uiLanguage(): string {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return navigator.language;
  }
}

export function t(key: string, substitutions?: string | string[]): string {
  try {
    return browser.i18n.getMessage(key, substitutions) || key;
  } catch {
    return key;
  }
}
