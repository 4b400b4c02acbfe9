import { NavLink } from 'react-router';
import type { CustomerTabEntry } from '../tabs';
import { customerUrl } from '../urls';

/**
 * The page's sections as links, one URL each, so a section can be bookmarked, shared and
 * reached with Back. Links rather than ARIA tabs: each one is a navigation.
 */
export function CustomerTabs({ customerId, tabs }: { customerId: string; tabs: readonly CustomerTabEntry[] }) {
  return (
    <nav className="tabs" aria-label="Customer sections">
      {tabs.map(({ tab, label }) => (
        <NavLink key={tab} to={customerUrl(customerId, tab)} className="tabs__link">
          {label}
        </NavLink>
      ))}
    </nav>
  );
}
