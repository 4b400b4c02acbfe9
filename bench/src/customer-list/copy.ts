import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ClientBase } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

/** A value of one COPY text-format cell; null is SQL NULL. */
export type Cell = string | number | bigint | boolean | null;

/** How many rows go into one chunk written to the COPY stream: big enough that the stream's overhead disappears. */
const ROWS_PER_CHUNK = 2_000;

/**
 * Escapes one cell for COPY's text format. The seeded values are made here, not typed by anyone,
 * so escaping is only a guard; it keeps a value with a tab or a backslash from shifting columns.
 */
function cell(value: Cell): string {
  if (value === null) return '\\N';
  if (typeof value === 'boolean') return value ? 't' : 'f';
  const text = String(value);
  return /[\t\n\r\\]/.test(text)
    ? text.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r')
    : text;
}

function* chunks(rows: Iterable<Cell[]>): Generator<string> {
  let lines: string[] = [];
  for (const row of rows) {
    lines.push(row.map(cell).join('\t'));
    if (lines.length === ROWS_PER_CHUNK) {
      yield `${lines.join('\n')}\n`;
      lines = [];
    }
  }
  if (lines.length > 0) yield `${lines.join('\n')}\n`;
}

interface SecondaryIndex {
  name: string;
  definition: string;
}

/**
 * The indexes of `table` that back no constraint (the primary key and unique constraints stay, and
 * keep checking every row as it arrives), with the statements that make them again.
 */
async function secondaryIndexes(client: ClientBase, table: string): Promise<SecondaryIndex[]> {
  const { rows } = await client.query<SecondaryIndex>(
    `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS definition
       FROM pg_index i
      WHERE i.indrelid = $1::regclass
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)`,
    [table],
  );
  return rows;
}

/**
 * Streams `rows` into `table (columns)` with one `COPY … FROM STDIN`; resolves to the rows written.
 * The table's other indexes are dropped for the load and built again after it from their own
 * definitions, whatever migrations made them: one sorted build costs far less than a million
 * inserts into each, GIN trigram indexes above all. A load that fails part-way leaves no marker, so
 * the next run starts from an empty database.
 */
export async function copyRows(
  client: ClientBase,
  table: string,
  columns: readonly string[],
  rows: Iterable<Cell[]>,
): Promise<number> {
  const indexes = await secondaryIndexes(client, table);
  for (const index of indexes) await client.query(`DROP INDEX ${index.name}`);
  const stream = client.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN`));
  await pipeline(Readable.from(chunks(rows)), stream);
  for (const index of indexes) await client.query(index.definition);
  return stream.rowCount;
}
