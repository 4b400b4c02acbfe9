import { v7 as uuidv7 } from 'uuid';

const UUID_SHAPE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Time-ordered ids keep inserts at the end of the primary-key index. */
export function newId(): string {
  return uuidv7();
}

/**
 * Whether PostgreSQL will accept the value as a uuid. Only the shape matters here: ids from
 * clients are looked up, never trusted, and a malformed one simply finds nothing.
 */
export function isValidId(value: string): boolean {
  return UUID_SHAPE.test(value);
}
