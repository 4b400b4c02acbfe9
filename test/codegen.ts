import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  // The tests are typed against the composed supergraph (`pnpm compose`), the API the gateway serves.
  schema: '../gateway/supergraph.graphql',
  documents: ['**/*.ts', '!gql/**/*', '!node_modules/**/*'],
  ignoreNoDocuments: true,
  generates: {
    './gql/': {
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
