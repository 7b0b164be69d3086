// Lint: TypeScript + React hooks, and the architecture's dependency rules as errors.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const noHeavyInContentScripts = {
  paths: [
    { name: 'zod', message: 'Content scripts stay small: validate in the background (lib/messaging/schemas.ts).' },
    { name: 'dexie', message: 'Storage lives in the extension origin: send observations to the background.' },
    { name: 'react', message: 'Content scripts render nothing with React.' },
  ],
  patterns: [{ group: ['**/db/**', '**/messaging/schemas', '**/messaging/router', 'react-dom*', 'dexie-react-hooks'], message: 'Not in a content script.' }],
};

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'test-results/**', 'demo-output/**', 'bench-output/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['components/**/*.tsx', 'entrypoints/**/*.tsx', 'lib/report/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    // The pure core knows nothing of the DOM, the browser, storage or the UI.
    files: ['lib/analysis/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/platforms/**', '**/db/**', '**/collector/**', '**/messaging/**', '**/report/**', '**/components/**', 'wxt*', 'dexie*', 'react*', 'zod'], message: 'lib/analysis is the pure core.' }] },
      ],
      'no-restricted-globals': ['error', 'document', 'window', 'browser', 'chrome', 'indexedDB'],
    },
  },
  {
    files: ['entrypoints/*.content.ts', 'entrypoints/*.content/**', 'lib/collector/**', 'lib/platforms/**', 'lib/highlight/**'],
    rules: { 'no-restricted-imports': ['error', noHeavyInContentScripts] },
  },
  {
    // Components are presentational: props in, markup out.
    files: ['components/**/*.tsx'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/db/**', 'dexie*', 'wxt/browser'], message: 'Components take props; hooks in lib/report join data.' }] }],
    },
  },
  {
    files: ['scripts/**/*.{js,mjs,ts}'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
);
