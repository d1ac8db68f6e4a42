/** Whole-page states shown instead of the timeline: still loading, or no usable dataset. */

export function Loading() {
  return (
    <main className="status-page" id="main">
      <div className="loading" role="status">
        <span className="spinner" aria-hidden="true" />
        <p>Loading events…</p>
      </div>
    </main>
  );
}

/** What to do about it, by what went wrong (nothing more when the message says it already). */
function advice(message: string) {
  if (/Rebuild it with/.test(message)) return null;
  if (/not found|could not be loaded/.test(message)) {
    return (
      <p>
        Build it from the articles with <code>npm run build:data</code> (or start the app with{' '}
        <code>npm start</code>, which builds it and rebuilds on every change): this page loads it as
        soon as it is published. The dataset is written to <code>public/data/dataset.json</code>.
      </p>
    );
  }
  return (
    <p>
      It was probably written by another version of Dateline, or edited by hand. Rebuild it with{' '}
      <code>npm run dateline -- build</code> (or <code>npm run build:data</code>): this page loads
      the new build as soon as it is published.
    </p>
  );
}

export function DatasetProblem({ message }: { message: string }) {
  return (
    <main className="status-page" id="main">
      <div role="alert" className="problem">
        <h2>No usable dataset</h2>
        <p>{message}</p>
        {advice(message)}
      </div>
    </main>
  );
}
