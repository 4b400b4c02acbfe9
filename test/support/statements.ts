import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where the shared stack's services log, SQL statements included (`LOG_SQL=true`). */
const STACK_LOG = join(__dirname, '..', '.artifacts', 'stack.log');

/** The SQL statements each service ran for one request, from the stack's logs. */
export function statementsBy(requestId: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const line of readFileSync(STACK_LOG, 'utf8').split('\n')) {
    if (!line.includes(requestId) || !line.includes('"sql.statement"')) continue;
    const { service } = JSON.parse(line.slice(line.indexOf(' ') + 1)) as { service: string };
    counts[service] = (counts[service] ?? 0) + 1;
  }
  return counts;
}
