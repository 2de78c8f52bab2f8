// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'cdk.out/',
      '.data/',
      'coverage/',
      '.build/',
      'bench/out/',
      '**/*.js',
      '**/*.mjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // One copy of ask-sdk-core's exports in the bundle, not one per file: see lambda/ask-sdk.ts.
    files: ['lambda/**/*.ts'],
    ignores: ['lambda/ask-sdk.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'ask-sdk-core',
              message: 'Import values from lambda/ask-sdk.ts (types may come from ask-sdk-core).',
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
  },
);
