import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';

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

const LAYER_MESSAGE =
  'A layer imports only from the layers below it: model <- data <- state <- lib, charts, components <- features <- app.';

/**
 * `files` may not import from the named layers of src (at any depth of `../`), nor from `libraries`;
 * `extra` adds more forbidden patterns.
 */
function layer(files, forbidden, libraries = [], extra = []) {
  const patterns = [{ regex: `^(\\.\\./)+(${forbidden.join('|')})(/|$)`, message: LAYER_MESSAGE }];
  if (libraries.length > 0)
    patterns.push({
      group: libraries,
      message: 'This layer must not depend on UI, state, query or chart libraries.',
    });
  patterns.push(...extra);
  return [{ files: [files], rules: { 'no-restricted-imports': ['error', { patterns }] } }];
}

export default defineConfig([
  // tests/lint/fixtures holds deliberate violations that tests/lint/layers.test.ts lints on purpose.
  globalIgnores(['dist', 'node_modules', 'coverage', 'tests/e2e/artifacts', 'tests/lint/fixtures']),
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
  // Layers, each importing only from the ones before it (model <- data <- state <- lib, charts,
  // components <- features <- app; see the README). `npm run imports` prints the same map.
  ...layer('src/model/**', ['data', 'state', 'lib', 'charts', 'components', 'features', 'app'], uiLibraries),
  ...layer(
    'src/data/**',
    ['state', 'lib', 'charts', 'components', 'features', 'app'],
    ['recharts', 'recharts/*'],
  ),
  ...layer('src/state/**', ['lib', 'charts', 'components', 'features', 'app'], ['recharts', 'recharts/*']),
  ...layer('src/lib/**', ['data', 'state', 'charts', 'components', 'features', 'app'], uiLibraries),
  ...layer('src/charts/**', ['data', 'state', 'components', 'features', 'app']),
  ...layer('src/components/**', ['charts', 'features', 'app']),
  // A feature imports no other feature (a sibling folder, or back in through src/features) and nothing
  // from the app.
  ...layer(
    'src/features/**',
    ['app'],
    [],
    [
      { regex: '^\\.\\./(?!\\.\\.)', message: 'No imports from another feature.' },
      { regex: '^(\\.\\./){2,}features/', message: 'No imports from another feature.' },
    ],
  ),
  {
    // No module depends on itself through others: cycles make load order and the layers above fragile.
    files: ['src/**/*.{ts,tsx}', 'tests/lint/fixtures/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.mjs'] } },
      // Dependencies are parsed to follow their imports; TypeScript files need the TypeScript parser.
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
]);
