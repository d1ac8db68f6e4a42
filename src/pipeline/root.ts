/**
 * The project's folder, for the files the pipeline reads beside its code (data/knowledge,
 * data/models, its own sources for the cache fingerprint). From this file's place when the
 * TypeScript runs as it is; the compiled command line (cli/compile.mjs) is elsewhere, and its
 * bundle has the folder it was compiled from written in as DATELINE_ROOT_URL.
 */
declare const DATELINE_ROOT_URL: string | undefined;

export const ROOT_URL = new URL(typeof DATELINE_ROOT_URL === 'string' ? DATELINE_ROOT_URL : '../../', import.meta.url);
