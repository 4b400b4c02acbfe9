import { Link } from 'react-router';
import { appLinks } from './features';

export function NotFoundView() {
  return (
    <section className="page">
      <h1 className="page__title">Page not found</h1>
      <p>
        <Link to={appLinks.home.url}>{appLinks.home.label}</Link>
      </p>
    </section>
  );
}
