import { type Server, createServer } from 'node:http';
import { join } from 'node:path';
import { ExitedBeforeReadyError, freePort, spawnService, stopService, waitForHealthy } from '../processes';

function listen(port: number): Promise<Server> {
  const server = createServer((_req, res) => res.end('{"status":"ok"}'));
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

function spawnListener(port: number) {
  return spawnService({
    name: 'listener',
    script: join(__dirname, 'fixtures', 'listen-on.ts'),
    args: [String(port)],
    cwd: join(__dirname, '..', '..'),
    env: process.env,
  });
}

describe('waitForHealthy', () => {
  it('should not take another program’s answer on the port for the service’s own', async () => {
    const port = await freePort();
    const squatter = await listen(port);
    try {
      const service = spawnListener(port);
      await expect(waitForHealthy(`http://127.0.0.1:${port}/health`, service, 20_000)).rejects.toBeInstanceOf(
        ExitedBeforeReadyError,
      );
    } finally {
      squatter.close();
    }
  }, 30_000);

  it('should pass once the service itself listens and answers', async () => {
    const port = await freePort();
    const service = spawnListener(port);
    try {
      await waitForHealthy(`http://127.0.0.1:${port}/health`, service, 20_000);
      await expect(service.listening).resolves.toBe(port);
    } finally {
      await stopService(service);
    }
  }, 30_000);
});
