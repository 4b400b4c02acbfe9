/**
 * `pnpm --filter @clientele/bench run bench:bulk-send`: the bulk-send scenario. Starts a throwaway
 * stack, seeds the demo partner (BENCH_CUSTOMERS, 100,000 by default), points the partner's email at
 * a local SMTP sink, sends one email to every customer the customer list's filter matches, and
 * reports how long queueing took, the delivery rate the sink saw, and the messaging process's peak
 * memory. Writes bench/results/bulk-send.json.
 *
 * Notes. Queueing is one request through the gateway, so it must finish inside the gateway's 10 s
 * subgraph timeout and each statement inside the 5 s statement timeout: on a machine other work
 * keeps at a load average of 12 or more, it fails on a timeout rather than giving a slow figure
 * (as on 2026-12-01, see the README). The load average when the send starts is recorded with the
 * result. Timed step by step (see the README), queueing 99,046 recipients was mostly the answer
 * from accounts (9.1 s, of which 1.5 s contacts and 3.0 s members asked for by id, before the
 * recipients became one query), then the projection lookup, rendering, and the insert of the
 * messages (mostly its per-row foreign key, since dropped).
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { DEMO } from '@clientele/subgraph-kit';
import type { RunningStack } from '@clientele/stack';
import { SMTPServer } from 'smtp-server';
import { loadBenchConfig } from './config';
import { peakMemoryMiB } from './processes';
import { createGatewayClient, signIn } from './gateway-client';
import { describeMachine, loadAverage } from './machine';
import { seedDemo } from './seed';
import { serviceLogLines, startBenchStack } from './stack';

const log = (message: string) => console.error(message);

/** An SMTP server that accepts and counts, noting when each message finished arriving. */
async function startSink(): Promise<{ url: string; arrivals: number[]; stop(): Promise<void> }> {
  const arrivals: number[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      stream.on('data', () => undefined);
      stream.on('end', () => {
        arrivals.push(performance.now());
        callback();
      });
    },
  });
  server.on('error', () => undefined);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    arrivals,
    stop: () => new Promise<void>((done) => server.close(() => done())),
  };
}

async function main(): Promise<void> {
  const config = loadBenchConfig();
  const machine = describeMachine();
  const dataDir = join(tmpdir(), `clientele-bench-bulk-${process.pid}`);
  let stack: RunningStack | undefined;
  const sink = await startSink();
  try {
    log('starting the stack…');
    stack = await startBenchStack({
      dataDir,
      onLine: serviceLogLines(config.serviceLogs, log),
    });
    log(`seeding ${config.customers} customers…`);
    await seedDemo(stack.databaseUrl, config.customers);
    const token = await signIn(stack.gatewayUrl, DEMO.operator.email, DEMO.operator.password);
    const gateway = createGatewayClient(stack.gatewayUrl, token);
    await gateway.request(
      `mutation ($input: MessagingSettingsUpdateInput!) { messagingSettingsUpdate(input: $input) { userErrors { message } } }`,
      { input: { smtpUrl: sink.url, fromAddress: 'Demo <news@demo.test>' } },
    );

    log('sending to every customer the filter matches…');
    const loadAtSend = loadAverage();
    const queueStarted = performance.now();
    const started = (await gateway.request(
      `mutation ($input: MessageBulkSendInput!) {
         messageBulkSend(input: $input) { batch { id total queued skipped { noAddress closed optedOut } } userErrors { message } }
       }`,
      {
        input: {
          channel: 'EMAIL',
          filter: {},
          subject: 'News for {{customer.accountNumber}}',
          textBody: 'Hello {{customer.name}}',
        },
      },
    )) as {
      messageBulkSend: {
        batch: { id: string; total: number; queued: number; skipped: Record<string, number> } | null;
        userErrors: { message: string }[];
      };
    };
    const queuedMs = performance.now() - queueStarted;
    const batch = started.messageBulkSend.batch;
    if (!batch) throw new Error(`refused: ${started.messageBulkSend.userErrors.map((e) => e.message).join(' ')}`);
    log(`queued ${batch.queued} of ${batch.total} in ${(queuedMs / 1000).toFixed(2)} s`);

    let status = 'SENDING';
    let counts: Record<string, number> = {};
    const deadline = performance.now() + 15 * 60_000;
    while (status === 'SENDING' && performance.now() < deadline) {
      await new Promise((done) => setTimeout(done, 1_000));
      const data = (await gateway.request(
        `query ($id: ID!) { messageBatch(id: $id) { status queued sending sent failed } }`,
        { id: batch.id },
      )) as { messageBatch: { status: string } & Record<string, number> };
      status = data.messageBatch.status;
      counts = data.messageBatch;
      log(`  ${JSON.stringify(counts)} · ${sink.arrivals.length} at the sink`);
    }
    const first = sink.arrivals[0] ?? queueStarted;
    const last = sink.arrivals[sink.arrivals.length - 1] ?? first;
    const deliverySeconds = (last - first) / 1000;
    const result = {
      date: new Date().toISOString(),
      machine,
      customers: config.customers,
      batch: { total: batch.total, queued: batch.queued, skipped: batch.skipped, final: counts, status },
      queueSeconds: Number((queuedMs / 1000).toFixed(2)),
      loadAverageAtSend: loadAtSend,
      arrivedAtSink: sink.arrivals.length,
      deliverySeconds: Number(deliverySeconds.toFixed(2)),
      messagesPerSecond: deliverySeconds > 0 ? Math.round(sink.arrivals.length / deliverySeconds) : null,
      peakMemoryMiB: {
        messaging: peakMemoryMiB(stack.pids().messaging),
        accounts: peakMemoryMiB(stack.pids().accounts),
      },
    };
    console.log(JSON.stringify(result, null, 2));
    const file = resolve(__dirname, '..', 'results', 'bulk-send.json');
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, `${JSON.stringify(result, null, 2)}\n`);
  } finally {
    await sink.stop();
    await stack?.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
