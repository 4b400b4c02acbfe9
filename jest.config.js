/** Unit tests beside the code; cross-service tests in test/ against a real stack. */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];

const shared = {
  testEnvironment: 'node',
  transform: { '^.+\\.tsx?$': swc },
  setupFiles: ['reflect-metadata'],
  testTimeout: 60_000,
};

module.exports = {
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testMatch: ['<rootDir>/{packages,subgraphs,gateway,scripts}/**/__tests__/**/*.test.ts'],
    },
    {
      ...shared,
      displayName: 'integration',
      testMatch: ['<rootDir>/test/**/*.test.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
      setupFilesAfterEnv: ['<rootDir>/test/support/after-env.ts'],
    },
  ],
  testTimeout: 60_000,
  // Jest's default is one worker per core but one, a single worker on two cores; the suites spend
  // most of their time waiting on the shared stack (queues, SMTP, the browser), and two workers
  // halved the wall time of a set of messaging suites (286 s to 137 s) on a two-core machine.
  maxWorkers: 2,
};
