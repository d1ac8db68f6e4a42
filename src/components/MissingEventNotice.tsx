/** Shown when the URL names an event id the dataset does not have (nor redirects). */
import { useDateline } from '../store/store.ts';

export function MissingEventNotice({ id }: { id: string }) {
  const selectEvent = useDateline((s) => s.selectEvent);
  return (
    <div className="notice" role="status">
      <p>
        This event no longer exists in the dataset (id <code>{id}</code>). It may have been removed
        or merged when the data was rebuilt; the rest of the link still applies.
      </p>
      <button type="button" onClick={() => selectEvent(null)}>
        Dismiss
      </button>
    </div>
  );
}
