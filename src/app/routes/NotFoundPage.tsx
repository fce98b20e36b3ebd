import { Link } from 'react-router';

export function NotFoundPage() {
  return (
    <section className="panel">
      <h1>Page not found</h1>
      <p>
        There is no page at this address. <Link to="/">Open the estimator</Link>.
      </p>
    </section>
  );
}
