import { database } from '../support/databases';

/** The secret in a portal link, as the page that opens it reads it from the fragment. */
export function tokenOf(url: string): string {
  return new URL(url).hash.replace('#token=', '');
}

/** The audit entries about one record, oldest first, straight from the log. */
export async function auditEntriesFor(
  targetId: string,
): Promise<{ action: string; details: Record<string, unknown> }[]> {
  const accounts = await database('accounts');
  return accounts.query(
    `SELECT action, details FROM accounts.audit_log WHERE target_id = $1 ORDER BY occurred_at, id`,
    [targetId],
  );
}

export { listenFor } from '../support/listener';
