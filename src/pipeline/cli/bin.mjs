// `npm run dateline -- <command>`: the command line (main.ts), compiled once per version of its
// sources (compile.mjs). Stack traces point into the TypeScript through the bundle's source maps.
import { importCompiled } from './compile.mjs';

process.setSourceMapsEnabled(true);
await importCompiled('dateline');
