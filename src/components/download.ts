/** Saving a file the app made (an export) through the browser's download. */

export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.hidden = true;
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Some browsers read the blob after click() returns; let them.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
