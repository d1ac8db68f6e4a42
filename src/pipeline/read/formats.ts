/** The parsers of the first formats, now readers in readers/ (one file per format); kept under their old names. */
export { parseJson, parseJsonLines, JsonLineError, type JsonRecords } from './readers/json.ts';
export { parseMarkdown } from './readers/markdown.ts';
export { parseTxt } from './readers/txt.ts';
