import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { crx } from '@crxjs/vite-plugin';
import baseManifest from './manifest.json' with { type: 'json' };
import pkg from './package.json' with { type: 'json' };
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { compactLexicon, notesShown } from './src/classify/lexicon-format.ts';

// One source (manifest.json, the Chrome production manifest) and two targets.
const target = process.env.TARGET === 'firefox' ? 'firefox' : 'chrome';
const e2e = process.env.E2E === '1';

/**
 * Firefox has no sidePanel API: it gets sidebar_action and background scripts instead. It also has no `key` (its
 * id is the gecko id below) and no managed_schema: Firefox gives storage.managed the values of the enterprise
 * policy "3rdparty" → "Extensions" → <gecko id> (docs/deployment.md).
 */
function firefoxManifest(): any {
  const { side_panel, minimum_chrome_version, background, key: _key, storage: _storage, ...rest } = baseManifest as any;
  return {
    ...rest,
    permissions: rest.permissions.filter((p: string) => p !== 'sidePanel'),
    background: { scripts: [background.service_worker] },
    sidebar_action: {
      default_panel: side_panel.default_path,
      default_title: '__MSG_extName__',
      default_icon: rest.icons['32'],
      open_at_install: false,
    },
    browser_specific_settings: {
      gecko: {
        id: 'calma@calma-coach.org',
        strict_min_version: '142.0',
        data_collection_permissions: { required: ['none'] },
      },
    },
  };
}

/**
 * Lexicon files ship compacted: no comment lines, no empty trailing columns, no notes the agent never sees
 * (src/classify/lexicon-format.ts, compactLexicon).
 */
function compactLexicons(): Plugin {
  return {
    name: 'calma-lexicons-compact',
    enforce: 'pre',
    load(id) {
      const [path, query] = id.split('?');
      if (!path.endsWith('.tsv') || query !== 'raw') return null;
      const name = path.slice(path.lastIndexOf('/') + 1, -'.tsv'.length);
      return `export default ${JSON.stringify(compactLexicon(readFileSync(path, 'utf8'), notesShown(name)))};`;
    },
  };
}

const manifest = target === 'firefox' ? firefoxManifest() : { ...baseManifest, version: pkg.version };

export default defineConfig({
  define: {
    __BROWSER__: JSON.stringify(target),
    __E2E__: JSON.stringify(e2e),
  },
  plugins: [
    compactLexicons(),
    preact(),
    crx({ manifest, browser: target, contentScripts: { standaloneFiles: ['src/content/index.ts', 'src/content/main-world.ts'] } }),
  ],
  build: {
    outDir: target === 'firefox' ? 'dist-firefox' : 'dist',
    emptyOutDir: true,
    // CRXJS doesn't know Firefox's sidebar_action.default_panel, so it is added as an input by hand.
    rollupOptions: target === 'firefox' ? { input: { sidepanel: 'src/ui/sidepanel/index.html' } } : undefined,
  },
  server: { cors: { origin: [/chrome-extension:\/\//] } },
});
