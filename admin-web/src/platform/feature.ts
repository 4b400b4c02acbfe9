import type { RouteObject } from 'react-router';
import type { Permission } from './viewer';

/** A link in the app's main navigation. */
export type NavEntry = {
  label: string;
  /** Built by the feature's urls.ts. */
  path: string;
  /** Shown only to a viewer who has it; to every operator when absent. */
  permission?: Permission;
  /** Position in the navigation, lowest first. */
  order: number;
};

/**
 * What a feature folder offers the shell through its index.ts. The shell lists the features
 * once and builds the router and the navigation from them.
 */
export type Feature = {
  /** Pages inside the app shell: a signed-in operator, with the header and navigation. */
  routes?: RouteObject[];
  /** Pages outside the shell, with their own layout (and the portal its own session). */
  standaloneRoutes?: RouteObject[];
  nav?: NavEntry;
};
