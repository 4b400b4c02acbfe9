import { Link } from 'react-router';

export function NotFoundView() {
  return (
    <section className="page">
      <h1 className="page__title">Page not found</h1>
      <p>
        <Link to="/customers">Go to customers</Link>
      </p>
    </section>
  );
}
