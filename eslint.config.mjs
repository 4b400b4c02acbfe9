import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['**/node_modules/**', '**/dist/**', '.data/**', 'admin-web/src/gql/**', 'coverage/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: {
        projectService: { allowDefaultProject: ['*.mjs', '*.js', '*.cjs'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      // type-graphql and TypeORM decorate classes that are only referenced through metadata.
      '@typescript-eslint/no-extraneous-class': 'off',
      // Workspace packages are entered through their package.json `exports`; `pnpm architecture`
      // checks the rest of the import rules (module front doors, cycles, the kit's entry points).
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@clientele/*/src/**'], message: 'Import the package through its exports.' }] },
      ],
      // Configuration is read once, in each process's config module.
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Read configuration in the config module only.' },
      ],
    },
  },
  {
    files: ['**/config.ts', '**/scripts/**', 'test/**', 'bench/**', 'packages/stack/**'],
    rules: { 'no-restricted-properties': 'off' },
  },
  {
    files: ['admin-web/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs['recommended-latest'].rules,
  },
  {
    files: ['**/*.mjs', '**/*.js', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
