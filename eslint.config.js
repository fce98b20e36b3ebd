import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const uiLibraries = [
  'react',
  'react/*',
  'react-dom',
  'react-dom/*',
  'zustand',
  'zustand/*',
  'recharts',
  'recharts/*',
  'react-router',
  'react-router/*',
  '@tanstack/*',
];

export default defineConfig([
  globalIgnores(['dist', 'node_modules', 'coverage', 'tests/e2e/artifacts']),
  js.configs.recommended,
  tseslint.configs.recommended,
  reactHooks.configs.flat.recommended,
  {
    languageOptions: {
      ecmaVersion: 2022,
      globals: { ...globals.browser, ...globals.node },
    },
  },
  {
    // User text and data text reach the page only through React's escaping (issue: security).
    files: ['src/**/*.tsx'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'No raw HTML: render text through React so it is escaped.',
        },
      ],
    },
  },
  {
    // Features stand alone: what two features share lives in components, lib, state or model.
    files: ['src/features/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^\\.\\./(?!\\.\\.)', message: 'No imports from another feature.' }] },
      ],
    },
  },
  {
    files: ['src/model/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: uiLibraries,
              message: 'The engine is pure: src/model must not import UI, state, query or chart libraries.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/data/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['recharts', 'recharts/*'],
              message: 'src/data must not depend on the chart library.',
            },
          ],
        },
      ],
    },
  },
]);
