/**
 * The import rules that keep the architecture what the README describes: modules meet only at
 * their front doors, nothing imports in a circle, and each process takes only the part of the
 * kit it needs. `pnpm test` runs them (`pnpm architecture`); a rule that fails names the import.
 */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'An import cycle: two files (or modules) that each need the other. Move what both need lower down.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'module-front-door',
      severity: 'error',
      comment:
        "A subgraph module reached into another module's files. Import the other module's index.ts, which exports " +
        'its service, public types and loader types; its entities and internals are its own.',
      from: { path: '(^|/)subgraphs/([^/]+)/src/([^/]+)/' },
      to: {
        path: '(^|/)subgraphs/$2/src/([^/]+)/',
        pathNot: ['(^|/)subgraphs/$2/src/$3/', '(^|/)subgraphs/$2/src/[^/]+/index\\.ts$'],
      },
    },
    {
      name: 'subgraphs-apart',
      severity: 'error',
      comment: 'A subgraph imported another subgraph: they talk through federation and events only.',
      from: { path: '(^|/)subgraphs/([^/]+)/' },
      to: { path: '(^|/)subgraphs/', pathNot: '(^|/)subgraphs/$2/' },
    },
    {
      name: 'kit-contracts-stand-alone',
      severity: 'error',
      comment: "The kit's contracts are read by the gateway and the admin app: they import nothing of the runtime.",
      from: { path: '^packages/subgraph-kit/src/contracts/' },
      to: { path: '^packages/subgraph-kit/src/', pathNot: '^packages/subgraph-kit/src/contracts/' },
    },
    {
      name: 'kit-http-without-runtime',
      severity: 'error',
      comment: "The kit's HTTP helpers serve the gateway too: they must not pull in the ORM or the schema tooling.",
      from: { path: '^packages/subgraph-kit/src/http/' },
      to: {
        path: '^packages/subgraph-kit/src/',
        pathNot: ['^packages/subgraph-kit/src/(http|contracts)/', '^packages/subgraph-kit/src/ids\\.ts$'],
      },
    },
    {
      name: 'kit-entry-points',
      severity: 'error',
      comment:
        'The gateway and the admin app import the kit only through @clientele/subgraph-kit/contracts or /http, ' +
        'never its runtime and never a deep path.',
      from: { path: '^(gateway|admin-web)/' },
      to: {
        path: '^packages/subgraph-kit/',
        pathNot: ['^packages/subgraph-kit/src/(contracts|http)/index\\.ts$'],
      },
    },
    {
      name: 'app-features-below-the-shell',
      severity: 'error',
      comment: "The admin app's features do not import the shell (app/), which lists them.",
      from: { path: '^admin-web/src/', pathNot: '^admin-web/src/(app/|main\\.tsx$)' },
      to: { path: '^admin-web/src/app/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['(^|/)node_modules/', '(^|/)dist/', '^admin-web/src/gql/'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'],
    },
  },
};
