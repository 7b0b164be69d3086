import { defineConfig } from 'wxt';
import { noEval } from './scripts/vite-no-eval';

// Least privilege: only the two sites we read, plus local storage. No `tabs`: the host
// permissions already expose the active tab's URL on those sites.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  webExt: { disabled: true },
  // No eval in any bundle, not even unreachable (scripts/vite-no-eval.ts), and no fetch: Vite's
  // modulepreload polyfill is not needed by Chromium or Firefox 115+.
  vite: () => ({ plugins: [noEval()], build: { modulePreload: { polyfill: false } } }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    icons: { 16: 'icons/16.png', 32: 'icons/32.png', 48: 'icons/48.png', 128: 'icons/128.png' },
    permissions: ['storage'],
    host_permissions: ['https://www.linkedin.com/*', 'https://www.facebook.com/*'],
    action: { default_title: 'Echt' },
    content_security_policy:
      browser === 'firefox'
        ? undefined
        : { extension_pages: "script-src 'self'; object-src 'self'; base-uri 'none'" },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'echt@echt.invalid',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
