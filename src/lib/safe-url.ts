/**
 * The URL if it is an absolute http(s) link, otherwise null. Links come from article metadata, so
 * `javascript:`, `data:` and relative URLs must never reach an href.
 */
export function safeHttpUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}
