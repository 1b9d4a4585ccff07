import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';

export default [
  {
    ignores: [
      'dist/',
      '**/.astro/',
      'bench/bare/dist/',
      '.test-builds/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'public/',
      '**/*.tmp.ts',
      '**/*.tmp.mjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // Test runners' JSON reports are untyped by nature.
    files: ['scripts/run-tests.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
];
