import { useEffect, useSyncExternalStore } from 'react';
import { getPortalState, restorePortalSession, subscribeToPortalState, type PortalState } from './portal-session';

/** This tab's portal session; without one, asks the member's portal cookie first. */
export function usePortalState(): PortalState {
  const state = useSyncExternalStore(subscribeToPortalState, getPortalState);
  useEffect(() => {
    if (state.status === 'none') restorePortalSession();
  }, [state.status]);
  return state;
}
