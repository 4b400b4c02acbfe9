import type { Request, Response } from 'express';
import { type SubgraphName, config } from './config';

async function probe(name: SubgraphName): Promise<{ status: 'ok' | 'unavailable'; latencyMs: number }> {
  const started = performance.now();
  try {
    const response = await fetch(`${config.subgraphs[name]}/health`, { signal: AbortSignal.timeout(2_000) });
    return { status: response.ok ? 'ok' : 'unavailable', latencyMs: Math.round(performance.now() - started) };
  } catch {
    return { status: 'unavailable', latencyMs: Math.round(performance.now() - started) };
  }
}

/** Reports each subgraph; 503 when any is down, so a load balancer takes this replica out. */
export async function health(_req: Request, res: Response): Promise<void> {
  const names = Object.keys(config.subgraphs) as SubgraphName[];
  const results = await Promise.all(names.map(probe));
  const subgraphs = Object.fromEntries(names.map((name, i) => [name, results[i]]));
  const ok = results.every((result) => result.status === 'ok');
  res.status(ok ? 200 : 503).json({ status: ok ? 'ok' : 'degraded', subgraphs });
}
