/** Whole-page states shown instead of the timeline: still loading, or no usable dataset. */

export function Loading() {
  return (
    <main className="status-page">
      <p role="status">Loading events…</p>
    </main>
  );
}

export function DatasetProblem({ message }: { message: string }) {
  return (
    <main className="status-page">
      <div role="alert" className="problem">
        <h2>No usable dataset</h2>
        <p>{message}</p>
        <p>
          Run <code>npm run dateline -- build</code> to create it from the articles, then reload
          this page.
        </p>
      </div>
    </main>
  );
}
