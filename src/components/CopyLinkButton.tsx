/** Copies the link to the current view (the address, as the store has it now) to the clipboard. */
import { useEffect, useState } from 'react';
import { datelineStore } from '../store/store.ts';
import { formatUrlState } from '../url/codec.ts';
import { urlStateOf } from '../url/sync.ts';

type CopyStatus = 'idle' | 'copied' | 'failed';

const MESSAGES: Record<CopyStatus, string> = {
  idle: '',
  copied: 'Link copied',
  failed: 'Could not copy; use the address bar',
};

export function CopyLinkButton() {
  const [status, setStatus] = useState<CopyStatus>('idle');

  useEffect(() => {
    if (status === 'idle') return;
    const timer = setTimeout(() => setStatus('idle'), 3000);
    return () => clearTimeout(timer);
  }, [status]);

  const copy = (): void => {
    // The clipboard API is missing outside secure contexts (e.g. plain http on a LAN address).
    if (!navigator.clipboard) return setStatus('failed');
    // From the store rather than the address bar, which follows typing only once it pauses.
    const { origin, pathname, hash } = window.location;
    const link = `${origin}${pathname}${formatUrlState(urlStateOf(datelineStore.getState()))}${hash}`;
    navigator.clipboard.writeText(link).then(
      () => setStatus('copied'),
      () => setStatus('failed'),
    );
  };

  return (
    <span className="copy-link">
      <button type="button" onClick={copy}>
        Copy link
      </button>
      <span role="status" className="copy-status">
        {MESSAGES[status]}
      </span>
    </span>
  );
}
