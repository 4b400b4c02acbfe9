import type { Permission } from '@clientele/subgraph-kit/contracts';
import { createContext, useContext } from 'react';
import type { ViewerFieldsFragment } from './queries';

/** The API's own permission names: the app shows or hides things by them, the API enforces them. */
export type { Permission };

export type Viewer = ViewerFieldsFragment;

export const ViewerContext = createContext<Viewer | null>(null);

/** The signed-in operator; only inside the app shell, which loads it first. */
export function useViewer(): Viewer {
  const viewer = useContext(ViewerContext);
  if (!viewer) throw new Error('useViewer() is only available inside the app shell');
  return viewer;
}

export function hasPermission(viewer: Viewer, permission: Permission): boolean {
  return viewer.permissions.includes(permission);
}

const roleLabels: Record<string, string> = {
  OWNER: 'Owner',
  ADMIN: 'Admin',
  BILLING: 'Billing',
  SUPPORT: 'Support',
  READ_ONLY: 'Read only',
  PLATFORM_ADMIN: 'Platform admin',
  PLATFORM_VIEWER: 'Platform viewer',
};

/** "READ_ONLY" → "Read only"; unknown roles are shown as the API names them. */
export function roleLabel(role: string): string {
  return roleLabels[role] ?? role;
}
