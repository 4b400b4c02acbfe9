import { useEffect, useSyncExternalStore } from 'react';
import { getAuthState, restoreSession, subscribeToAuthState, type AuthState } from './session';

/** The operator's session; the first caller after a reload asks the refresh cookie for one. */
export function useAuthState(): AuthState {
  const state = useSyncExternalStore(subscribeToAuthState, getAuthState);
  useEffect(() => {
    if (state.status === 'unknown') restoreSession();
  }, [state.status]);
  return state;
}
