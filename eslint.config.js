import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';
import boundaries from 'eslint-plugin-boundaries';

export default tseslint.config(
  {
    ignores: [
      'dist',
      'node_modules',
      '.data',
      'test-results',
      'playwright-report',
      '**/*.gen.ts',
      'tests/.fixtures',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      // The app renders with preact/compat (scripts/renderer.ts), which has React 18's API: React 19's
      // additions type-check against @types/react but are missing at run time.
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'react',
              importNames: [
                'use',
                'useActionState',
                'useOptimistic',
                'useEffectEvent',
                'Activity',
                'ViewTransition',
                'Profiler',
                'cache',
                'cacheSignal',
                'captureOwnerStack',
                'addTransitionType',
                'unstable_useCacheRefresh',
                'act',
              ],
              message: 'preact/compat renders this app and has no such export (see scripts/renderer.ts).',
            },
            {
              name: 'react-dom',
              importNames: [
                'useFormStatus',
                'requestFormReset',
                'preload',
                'preinit',
                'prefetchDNS',
                'preconnect',
              ],
              message: 'preact/compat renders this app and has no such export (see scripts/renderer.ts).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/sw/**/*.ts'],
    languageOptions: { globals: { ...globals.serviceworker } },
  },
  {
    files: ['server/**/*.ts', 'tests/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.ts', '*.config.{js,ts}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // The layout rule of STYLE.md, enforced: app/ composes features; a feature imports only lib/, the
    // shared UI (ui/) and itself; ui/ imports only lib/ and itself; lib/ and the service worker import no
    // feature and no UI; the server takes nothing from src/ but the generated API types. A wrong import
    // fails `npm test`.
    files: ['src/**/*.{ts,tsx}', 'server/**/*.ts'],
    plugins: { boundaries },
    settings: {
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js'] } },
      'boundaries/include': ['src/**/*', 'server/**/*'],
      'boundaries/elements': [
        { type: 'app', pattern: 'src/app' },
        { type: 'feature', pattern: 'src/features/*', capture: ['feature'] },
        { type: 'lib', pattern: 'src/lib' },
        { type: 'ui', pattern: 'src/ui' },
        { type: 'sw', pattern: 'src/sw' },
        { type: 'server', pattern: 'server' },
      ],
      'boundaries/files': [
        { category: 'entry', pattern: 'src/main.tsx' },
        { category: 'generated', pattern: 'src/lib/api/*.gen.ts' },
        // Wall-clock arithmetic in an event's zone is lib-grade (orders and sales show times on the event's
        // clock too) and belongs in lib/. It stays at this path while issue 14's Temporal rewrite of it
        // lands; until it moves to lib/, every feature may import this one file of events, and no other.
        { category: 'lib-grade', pattern: 'src/features/events/zoned-time.ts' },
      ],
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          policies: [
            {
              from: { file: { categories: 'entry' } },
              allow: { to: { element: { types: { anyOf: ['app', 'feature', 'lib'] } } } },
            },
            {
              from: { element: { type: 'app' } },
              allow: { to: { element: { types: { anyOf: ['app', 'feature', 'ui', 'lib'] } } } },
            },
            {
              from: { element: { type: 'feature' } },
              allow: [
                { to: { element: { types: { anyOf: ['ui', 'lib'] } } } },
                { to: { file: { categories: 'lib-grade' } } },
              ],
            },
            {
              from: { element: { type: 'ui' } },
              allow: { to: { element: { types: { anyOf: ['ui', 'lib'] } } } },
            },
            {
              from: { element: { type: 'lib' } },
              allow: { to: { element: { types: { anyOf: ['lib'] } } } },
            },
            {
              from: { element: { type: 'sw' } },
              allow: { to: { element: { types: { anyOf: ['sw', 'lib'] } } } },
            },
            {
              from: { element: { type: 'server' } },
              allow: [{ to: { element: { type: 'server' } } }, { to: { file: { categories: 'generated' } } }],
            },
          ],
        },
      ],
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
);
