// @ts-check
import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import reactHooks from 'eslint-plugin-react-hooks';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// TypeScript files that belong to tsconfig.json get type information (needed by
// @tanstack/query/no-void-query-fn, which silently does nothing without it).
const typedFiles = [
  'src/**/*.{ts,tsx}',
  'mocks/**/*.{ts,tsx}',
  'server/**/*.ts',
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
    files: [
      '**/*.{js,mjs,cjs}',
      'scripts/**',
      'server/**',
      'tests/e2e/**',
      'tests/server/**',
      '*.config.{js,ts}',
    ],
    languageOptions: { globals: { ...globals.node } },
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
