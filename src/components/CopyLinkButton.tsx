/** Copies the current address (which encodes the whole view) to the clipboard. */
import { useEffect, useState } from 'react';

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
    navigator.clipboard.writeText(window.location.href).then(
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
