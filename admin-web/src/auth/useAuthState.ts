import { useSyncExternalStore } from 'react';
import { getAuthState, subscribeToAuthState, type AuthState } from './session';

export function useAuthState(): AuthState {
  return useSyncExternalStore(subscribeToAuthState, getAuthState);
}
