import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { graphql } from '../gql';
import { eventually } from '../support/api';
import { operation } from '../support/gateway-api';
import { seed } from '../support/seed';

const STACK_LOG = join(__dirname, '..', '.artifacts', 'stack.log');

interface LogLine {
  service: string;
  requestId?: string;
  level: string;
  msg: string;
}

const CUSTOMERS_ACROSS_SUBGRAPHS = graphql(`
  query RequestIdsCustomers {
    customers {
      nodes {
        id
        balance {
          amount
        }
        messages {
          totalCount
        }
      }
    }
  }
`);

const VIEWER_ID = graphql(`
  query RequestIdsViewerId {
    viewer {
      id
    }
  }
`);

function logLinesFor(requestId: string): LogLine[] {
  return readFileSync(STACK_LOG, 'utf8')
    .split('\n')
    .filter((line) => line.includes(requestId))
    .map((line) => JSON.parse(line.slice(line.indexOf(' ') + 1)) as LogLine);
}

describe('request ids', () => {
  it('should carry the caller’s request id through the gateway into every subgraph’s JSON logs and back', async () => {
    const tenant = await seed.partner();
    await tenant.customer();
    const requestId = `trace-${randomUUID()}`;

    const response = await operation(tenant.owner.token, CUSTOMERS_ACROSS_SUBGRAPHS, {
      headers: { 'x-request-id': requestId },
    });
    const services = await eventually(() => {
      const seen = new Set(logLinesFor(requestId).map((line) => line.service));
      return Promise.resolve(seen.size === 4 ? [...seen].sort() : null);
    }, 'log lines from the gateway and the three subgraphs');

    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toBe(requestId);
    expect(services).toEqual(['accounts', 'billing', 'gateway', 'messaging']);
    expect(logLinesFor(requestId).every((line) => line.requestId === requestId)).toBe(true);
  });

  it('should replace a request id that is not a safe token', async () => {
    const tenant = await seed.partner();

    const response = await operation(tenant.owner.token, VIEWER_ID, {
      headers: { 'x-request-id': 'spaces and "quotes" are not welcome' },
    });

    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});
