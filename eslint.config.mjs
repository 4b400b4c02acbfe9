import js from '@eslint/js';
import { readdirSync } from 'node:fs';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// The admin app's layers: the shell (app/) lists the features; features sit on platform/ and
// shared/. Every other folder of admin-web/src is a feature, entered only through its index.ts.
const adminLayers = ['app', 'platform', 'shared', 'gql'];
const adminFeatures = readdirSync(new URL('admin-web/src', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && !adminLayers.includes(entry.name))
  .map((entry) => entry.name);
const anyOf = (names) => `(${names.join('|')})`;
// `up` is how an import from the files concerned climbs to admin-web/src: `./`, `../`, `(../)+`.
const frontDoorOnly = (up, features) => ({
  regex: `^${up}${anyOf(features)}/`,
  message: "Import a feature through its front door (e.g. '../auth'), not its files.",
});
const restrictImports = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

const adminImportRules = [
  ...adminFeatures.map((feature) => ({
    files: [`admin-web/src/${feature}/**/*.{ts,tsx}`],
    rules: restrictImports(
      {
        regex: '^(\\.\\./)+app(/|$)',
        message: 'A feature must not import the shell (app/); what features share with it lives in platform/.',
      },
      frontDoorOnly(
        '(\\.\\./)+',
        adminFeatures.filter((other) => other !== feature),
      ),
    ),
  })),
  {
    files: ['admin-web/src/{platform,shared}/**/*.{ts,tsx}'],
    rules: restrictImports({
      regex: `^(\\.\\./)+${anyOf(['app', ...adminFeatures])}(/|$)`,
      message: 'platform/ and shared/ sit below the features and the shell and must not import them.',
    }),
  },
  { files: ['admin-web/src/app/**/*.{ts,tsx}'], rules: restrictImports(frontDoorOnly('\\.\\./', adminFeatures)) },
  { files: ['admin-web/src/*.{ts,tsx}'], rules: restrictImports(frontDoorOnly('\\./', adminFeatures)) },
];

export default tseslint.config(
  {
    ignores: ['**/node_modules/**', '**/dist/**', '.data/**', 'admin-web/src/gql/**', 'test/gql/**', 'coverage/**'],
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
  ...adminImportRules,
  {
    files: ['**/*.mjs', '**/*.js', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
