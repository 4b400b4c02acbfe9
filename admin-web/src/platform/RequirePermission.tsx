import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useAppLinks } from './app-links';
import { hasPermission, useViewer, type Permission } from './viewer';

/** Renders a page only for an operator whose role allows it. */
export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  const viewer = useViewer();
  const { home } = useAppLinks();
  if (hasPermission(viewer, permission)) return children;
  return (
    <section className="page">
      <h1 className="page__title">No access</h1>
      <p className="state">
        Your role does not allow this page. Ask an owner or admin of your organisation if you need it.
        <Link to={home.url}>{home.label}</Link>
      </p>
    </section>
  );
}
