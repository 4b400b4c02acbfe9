import { loadSubgraphConfig } from '@clientele/subgraph-kit';
import { z } from 'zod';

const accountsEnvironment = z.object({
  /** Where people open Clientele (the gateway); invitation links point here. */
  PUBLIC_URL: z.preprocess((value) => (value === '' ? undefined : value), z.url().default('http://localhost:4000')),
});

const base = loadSubgraphConfig('accounts', { port: 4001 });
const parsed = accountsEnvironment.safeParse(process.env);
if (!parsed.success) throw new Error(`Invalid accounts configuration:\n${z.prettifyError(parsed.error)}`);

export const config = {
  ...base,
  publicUrl: parsed.data.PUBLIC_URL.replace(/\/$/, ''),
  /** Refresh cookies travel over HTTPS only in production; local HTTP development needs them too. */
  secureCookies: base.environment === 'production',
};

export type AccountsConfig = typeof config;
