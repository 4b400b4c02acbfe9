/**
 * The bench's peer: PostGraphile V5 serving the customer page from the bench's database, in a
 * process of its own so its CPU is measured like a service's. Started by `startPostgraphilePeer`
 * as `postgraphile.ts <database-url> <port>` with NODE_ENV=production: no GraphiQL, no watch, no
 * explain. It reads only the `bench_peer` schema (`peerSchemaSql`), which the bench creates.
 */
import './promise-with-resolvers';
import { type IncomingMessage, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';
import { postgraphile } from 'postgraphile';
import { PEER_POOL_SIZE, PEER_SCHEMA } from './schema';

const [databaseUrl, portArgument] = process.argv.slice(2);
const port = Number(portArgument);
if (!databaseUrl || !Number.isInteger(port)) {
  console.error('usage: postgraphile.ts <database-url> <port>');
  process.exit(2);
}

const pgl = postgraphile({
  extends: [PostGraphileAmberPreset],
  // By default V5 offers `condition` and `orderBy` only on indexed columns; a view has no indexes
  // of its own, and the one its query uses (customers_by_created) is on the table below it.
  disablePlugins: ['PgIndexBehaviorsPlugin'],
  pgServices: [
    makePgService({
      connectionString: databaseUrl,
      schemas: [PEER_SCHEMA],
      // As many connections as a subgraph's pool, so neither side waits on a smaller one.
      poolConfig: { max: PEER_POOL_SIZE, application_name: 'clientele-bench-peer' },
    }),
  ],
  grafserv: { graphqlPath: '/graphql', graphiql: false, watch: false },
  grafast: { explain: false },
});
const serv = pgl.createServ(grafserv);
// `addTo` would answer every path itself; the stack's health wait needs `/health` as well.
const handle = serv.createHandler();

const server = createServer((req: IncomingMessage, res: ServerResponse) => {
  handle(req, res, () => {
    res.statusCode = req.url === '/health' ? 200 : 404;
    res.end();
  });
});

let stopping = false;
const stop = () => {
  if (stopping) process.exit(1);
  stopping = true;
  server.close();
  server.closeAllConnections();
  Promise.resolve(pgl.release()).then(
    () => process.exit(0),
    (err: unknown) => {
      console.error(err);
      process.exit(1);
    },
  );
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
// Started over IPC: if the bench dies, stop rather than linger.
process.on('disconnect', stop);

Promise.resolve(serv.ready()).then(
  () =>
    server.listen(port, '127.0.0.1', () => {
      process.send?.({ type: 'listening', port: (server.address() as AddressInfo).port });
    }),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
