/**
 * `pnpm start`: PostgreSQL (embedded unless DATABASE_URL is set), the three subgraphs and the
 * gateway with the built admin app, until Ctrl-C or SIGTERM stops them in order.
 */
import { resolve } from 'node:path';
import { startStack } from '@clientele/stack';
import { z } from 'zod';

// An empty variable (`DATABASE_URL= pnpm start`) means "not set".
const optionalUrl = z.preprocess((value) => (value === '' ? undefined : value), z.url().optional());

const environment = z.object({
  DATABASE_URL: optionalUrl,
  CLIENTELE_DATA_DIR: z.string().default(resolve(__dirname, '..', '.data', 'postgres')),
  PORT: z.coerce.number().int().min(1).max(65535).default(4000),
  ACCOUNTS_PORT: z.coerce.number().int().min(1).max(65535).default(4001),
  BILLING_PORT: z.coerce.number().int().min(1).max(65535).default(4002),
  MESSAGING_PORT: z.coerce.number().int().min(1).max(65535).default(4003),
  EMBEDDED_POSTGRES_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
  SEED_DEMO: z.enum(['auto', 'true', 'false']).default('auto'),
});

async function main(): Promise<void> {
  const parsed = environment.safeParse(process.env);
  if (!parsed.success) {
    console.error(`Invalid configuration:\n${z.prettifyError(parsed.error)}`);
    process.exit(2);
  }
  const settings = parsed.data;
  console.log(
    settings.DATABASE_URL
      ? 'Starting Clientele on the configured PostgreSQL…'
      : `Starting Clientele with an embedded PostgreSQL (data in ${settings.CLIENTELE_DATA_DIR})…`,
  );
  const stack = await startStack({
    databaseUrl: settings.DATABASE_URL,
    embeddedDataDir: settings.CLIENTELE_DATA_DIR,
    embeddedPort: settings.EMBEDDED_POSTGRES_PORT,
    ports: {
      gateway: settings.PORT,
      accounts: settings.ACCOUNTS_PORT,
      billing: settings.BILLING_PORT,
      messaging: settings.MESSAGING_PORT,
    },
    seedDemo: settings.SEED_DEMO === 'auto' ? 'auto' : settings.SEED_DEMO === 'true',
    onLine: (_name, line) => console.log(line),
  });
  const url = `http://localhost:${settings.PORT}/`;
  console.log(
    [
      '',
      `  Clientele is running at ${url}`,
      `  GraphQL API:  ${url}graphql`,
      ...(stack.seeded || settings.SEED_DEMO !== 'false'
        ? ['', '  Demo operator sign-in:', '    email:    owner@demo.clientele.test', '    password: clientele-demo']
        : []),
      '',
      '  Press Ctrl-C to stop.',
      '',
    ].join('\n'),
  );

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal} received: stopping the gateway, the subgraphs, then PostgreSQL…`);
    stack.stop().then(
      (unclean) => {
        if (unclean.length > 0) {
          console.error(`Stopped, but not cleanly: ${unclean.join('; ')}.`);
          process.exit(1);
        }
        console.log('Stopped.');
        process.exit(0);
      },
      (err: unknown) => {
        console.error(err);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err: unknown) => {
  console.error(`Clientele failed to start: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
