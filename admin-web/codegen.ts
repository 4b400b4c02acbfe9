import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  // The composed supergraph (`pnpm compose`) is the API the app is typed against.
  schema: '../gateway/supergraph.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: true,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: {
        fragmentMasking: false,
      },
      config: {
        scalars: {
          DateTime: 'string',
          LocalDate: 'string',
          SafeInt: 'number',
        },
        defaultScalarType: 'unknown',
        enumsAsTypes: true,
        useTypeImports: true,
        avoidOptionals: {
          field: true,
          inputValue: false,
          object: true,
          defaultValue: false,
        },
        nonOptionalTypename: false,
        skipTypename: false,
      },
    },
  },
};

export default config;
