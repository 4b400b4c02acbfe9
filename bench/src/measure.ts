import { Bench } from 'tinybench';

export interface MeasureOptions {
  /** 1 runs iterations one after another; more keeps that many in flight. */
  concurrency: number;
  timeMs: number;
  warmupMs: number;
  signal?: AbortSignal;
}

export interface LatencySummary {
  p50: number;
  p99: number;
  mean: number;
  min: number;
  max: number;
  sd: number;
  /** Relative margin of error of the mean at 95% confidence, in percent (tinybench's `rme`). */
  rme: number;
  /** Coefficient of variation, sd / mean, in percent. */
  cv: number;
}

export interface Measurement {
  label: string;
  concurrency: number;
  samples: number;
  /** Wall-clock time of the measured phase, warm-up excluded. */
  wallMs: number;
  /** Milliseconds per request. */
  latency: LatencySummary;
  /** Completed requests per second of wall-clock time, so concurrent runs count overlapping requests once each. */
  throughput: number;
}

/**
 * Measures one async operation with tinybench, sequentially or with `concurrency` in flight
 * (tinybench's task concurrency), after a time-bounded warm-up. Both sides of a comparison go
 * through here so they are timed the same way: per-request latency from tinybench, throughput
 * from the wall clock, because tinybench's own throughput is 1/latency and ignores overlap.
 */
export async function measure(
  label: string,
  fn: () => Promise<unknown>,
  options: MeasureOptions,
): Promise<Measurement> {
  const concurrent = options.concurrency > 1;
  const bench = new Bench({
    name: label,
    time: options.timeMs,
    warmupTime: options.warmupMs,
    // Sequentially these are minimums; with task concurrency 0 lifts the cap and time alone bounds the run.
    iterations: concurrent ? 0 : 10,
    warmupIterations: concurrent ? 0 : 5,
    concurrency: concurrent ? 'task' : null,
    threshold: options.concurrency,
    throws: true,
    signal: options.signal,
  });
  let startedAt = 0;
  let endedAt = 0;
  bench.add(label, fn, {
    async: true,
    beforeAll(mode) {
      if (mode === 'run') startedAt = performance.now();
    },
    afterAll(mode) {
      if (mode === 'run') endedAt = performance.now();
    },
  });
  await bench.run();
  options.signal?.throwIfAborted();

  const task = bench.tasks[0];
  const result = task?.result;
  if (!result || (result.state !== 'completed' && result.state !== 'aborted-with-statistics')) {
    const error = result?.state === 'errored' ? result.error : undefined;
    throw new Error(`${label}: the measurement did not complete (${result?.state ?? 'no task'})`, { cause: error });
  }
  const { latency } = result;
  const wallMs = endedAt - startedAt;
  return {
    label,
    concurrency: options.concurrency,
    samples: latency.samplesCount,
    wallMs,
    latency: {
      p50: latency.p50,
      p99: latency.p99,
      mean: latency.mean,
      min: latency.min,
      max: latency.max,
      sd: latency.sd,
      rme: latency.rme,
      cv: latency.mean > 0 ? (100 * latency.sd) / latency.mean : 0,
    },
    throughput: wallMs > 0 ? (1000 * latency.samplesCount) / wallMs : 0,
  };
}
