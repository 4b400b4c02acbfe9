import { useRef } from 'react';

/**
 * An idempotency key per distinct request: sending the same input again (a retry after a lost
 * answer) reuses its key, so the server writes it once; a changed input gets a new key, since
 * the server refuses a used key with different input.
 */
export function useIdempotencyKey(): (input: unknown) => string {
  const last = useRef<{ input: string; key: string } | null>(null);
  return (input) => {
    const text = JSON.stringify(input);
    if (last.current?.input !== text) last.current = { input: text, key: crypto.randomUUID() };
    return last.current.key;
  };
}
