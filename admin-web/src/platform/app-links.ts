import { createContext, useContext } from 'react';

/**
 * Pages that one feature owns and others send people to, filled in by the shell from the
 * features' URL builders. Importing them directly would make features depend on each other
 * in a circle (auth → customers → portal → auth).
 */
export type AppLinks = {
  /** Where a signed-in operator starts, and the way out of a page they may not see. */
  home: { url: string; label: string };
  /** Where each kind of account signs in, e.g. once its invitation is accepted. */
  signIn: Record<'operator' | 'member', string>;
  /** A customer's page, e.g. from the invoice billed to it. */
  customer: (id: string) => string;
};

export const AppLinksContext = createContext<AppLinks | null>(null);

export function useAppLinks(): AppLinks {
  const links = useContext(AppLinksContext);
  if (!links) throw new Error('useAppLinks() is only available inside the app');
  return links;
}
