// @ts-check
import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import reactHooks from 'eslint-plugin-react-hooks';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { layerBoundaries } from './eslint/layer-boundaries.js';

// The layers, lowest first; each may import only the parts it names (and itself). Type-only
// imports count too. docs/architecture.md draws them.
const DATA = ['api', 'local-api', 'import', 'data-source'];
const FOUNDATION = ['domain', 'contract', 'reference', 'i18n'];
const LAYERS = [
  { name: 'domain', folder: 'src/domain', allow: [] },
  { name: 'contract', folder: 'src/contract', allow: ['domain'] },
  { name: 'reference', folder: 'src/reference', allow: ['domain', 'contract'] },
  { name: 'i18n', folder: 'src/i18n', allow: ['domain', 'contract', 'reference'] },
  // Data: the API client and its queries, the local API, the import, the choice of data source.
  { name: 'import', folder: 'src/import', allow: ['domain', 'contract', 'reference'] },
  { name: 'local-api', folder: 'src/local-api', allow: ['domain', 'contract', 'reference'] },
  { name: 'api', folder: 'src/api', allow: FOUNDATION },
  {
    name: 'data-source',
    folder: 'src/data-source',
    allow: [...FOUNDATION, 'api', 'local-api', 'import', 'storage'],
  },
  // UI building blocks: theme, UI state (URL and small stores), the chart frame and charts,
  // and the filters every panel draws (the URL's period resolved against the data).
  { name: 'theme', folder: 'src/theme', allow: ['domain', 'i18n'] },
  // What is kept in this browser: versioned schemas, quarantine, the save status of every store.
  { name: 'storage', folder: 'src/storage', allow: ['domain', 'i18n'] },
  { name: 'state', folder: 'src/state', allow: [...FOUNDATION, 'theme', 'storage'] },
  { name: 'charts', folder: 'src/charts', allow: [...FOUNDATION, 'theme', 'api'] },
  { name: 'filters', folder: 'src/filters', allow: [...FOUNDATION, 'api', 'state'] },
  { name: 'assets', folder: 'src/assets', allow: [] },
  {
    name: 'features',
    folder: 'src/features',
    eachSubfolder: true,
    allow: [...FOUNDATION, ...DATA, 'theme', 'storage', 'state', 'charts', 'filters', 'assets'],
  },
  {
    name: 'app',
    folder: 'src/app',
    allow: [...FOUNDATION, ...DATA, 'theme', 'storage', 'state', 'charts', 'filters', 'features', 'mocks'],
  },
  // The mock API answers the contract from the demo dataset, as the local API does.
  { name: 'mocks', folder: 'mocks', allow: ['domain', 'contract', 'reference', 'local-api'] },
  // The server shares the domain, the contract and the import with the dashboard, nothing else.
  { name: 'server', folder: 'server', allow: ['domain', 'contract', 'import'] },
];

// TypeScript files that belong to tsconfig.json get type information (needed by
// @tanstack/query/no-void-query-fn, which silently does nothing without it).
const typedFiles = [
  'src/**/*.{ts,tsx}',
  'mocks/**/*.{ts,tsx}',
  'tests/**/*.{ts,tsx}',
  'vite.config.ts',
  'vitest.config.ts',
];

export default defineConfig(
  globalIgnores([
    'dist/',
    'dist-*/',
    'node_modules/',
    'coverage/',
    '.bench/',
    'test-results/',
    'public/mockServiceWorker.js',
  ]),

  js.configs.recommended,
  tseslint.configs.strict,
  reactHooks.configs.flat.recommended,
  pluginQuery.configs['flat/recommended'],

  {
    name: 'arus-pangan/typed-files',
    files: typedFiles,
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
  },

  {
    name: 'arus-pangan/browser',
    files: ['src/**/*.{ts,tsx}', 'mocks/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },

  {
    name: 'arus-pangan/node',
    files: ['**/*.{js,mjs,cjs}', 'scripts/**', 'tests/e2e/**', '*.config.{js,ts}'],
    languageOptions: { globals: { ...globals.node } },
  },

  {
    name: 'arus-pangan/layers',
    files: ['src/**/*.{ts,tsx}', 'mocks/**/*.{ts,tsx}', 'server/**/*.{ts,tsx,js,mjs}'],
    plugins: { 'arus-pangan': { rules: { 'layer-boundaries': layerBoundaries } } },
    rules: { 'arus-pangan/layer-boundaries': ['error', { layers: LAYERS }] },
  },

  {
    name: 'arus-pangan/rules',
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
      'no-restricted-properties': [
        'error',
        ...['describe', 'it', 'test', 'suite'].map((object) => ({
          object,
          property: 'only',
          message:
            'Focused tests (.only) silently skip the rest of the suite; remove .only before committing.',
        })),
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'dangerouslySetInnerHTML is forbidden: render data as text (React escapes it).',
        },
        {
          selector: "Property[key.name='dangerouslySetInnerHTML']",
          message: 'dangerouslySetInnerHTML is forbidden: render data as text (React escapes it).',
        },
      ],
    },
  },
);
