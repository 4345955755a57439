declare const __BROWSER__: 'chrome' | 'firefox';
declare const __E2E__: boolean;
