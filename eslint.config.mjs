// One flat config for the whole repo. Card code (the HubSpot cards folders and the shared card package)
// also gets HubSpot's own rules, which is what `hs project upload` checks.
import { defineConfig, globalIgnores } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import react from 'eslint-plugin-react';
import reactHooks from 'eslint-plugin-react-hooks';
import unusedImports from 'eslint-plugin-unused-imports';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import path from 'node:path';
import { config as uiExtensionsConfig } from '@hubspot/eslint-config-ui-extensions';
import { sharedCardBoundaries } from './scripts/eslint/shared-card-boundaries.mjs';

const cardFiles = [
  'src/app/cards/**/*.{ts,tsx}',
  'marketplace/src/app/cards/**/*.{ts,tsx}',
  'packages/card/src/**/*.{ts,tsx}',
];

export default defineConfig([
  globalIgnores([
    '**/node_modules/**',
    '**/dist/**',
    'src/app/functions/*.js',
    '.data/**',
    'test-artifacts/**',
    'bench-results/**',
    'coverage/**',
  ]),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    plugins: { 'unused-imports': unusedImports },
    rules: {
      'no-unused-vars': 'off',
      '@typescript-eslint/no-unused-vars': 'off',
      'unused-imports/no-unused-imports': 'error',
      'unused-imports/no-unused-vars': [
        'error',
        { vars: 'all', varsIgnorePattern: '^_', args: 'after-used', argsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/*.{tsx,jsx}'],
    ...react.configs.flat.recommended,
    settings: { react: { version: '18.3' } },
  },
  { files: ['**/*.{tsx,jsx}'], ...react.configs.flat['jsx-runtime'] },
  { files: ['**/*.{tsx,jsx}'], rules: { 'react/prop-types': 'off' } },
  ...uiExtensionsConfig.map((c) => ({ ...c, files: cardFiles })),
  // HubSpot's extension-point rules only see paths under src/app/<point>; the shared packages the cards
  // import get the same two rules, each package seen as a cards folder of its own.
  {
    files: ['packages/card/src/**/*.{ts,tsx}', 'packages/core/src/**/*.ts'],
    // Tests are never part of a card build (HubSpot bundles from the card entry), and may use repo helpers.
    ignores: ['**/*.test.{ts,tsx}'],
    plugins: {
      'shared-card': sharedCardBoundaries([
        path.join(import.meta.dirname, 'packages', 'card'),
        path.join(import.meta.dirname, 'packages', 'core'),
      ]),
    },
    rules: {
      'shared-card/no-parent-imports': 'error',
      'shared-card/no-invalid-extension-point-imports': 'error',
    },
  },
  { files: ['**/*.{tsx,jsx}', ...cardFiles], ...reactHooks.configs.flat['recommended-latest'] },
  prettier,
]);
