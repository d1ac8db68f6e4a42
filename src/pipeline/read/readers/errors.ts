/** The first line of an error's message, for a one-line reason (never a stack trace). */
export function firstLine(error: unknown): string {
  return String(error instanceof Error ? error.message : error).split('\n')[0] ?? 'unknown error';
}
