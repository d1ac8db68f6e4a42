import { cpSync, existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { shipPublished } from './src/pipeline/write/ship.ts';

/**
 * Content-Security-Policy for the production build: no inline or foreign script may run, whatever
 * an article contains. Only on build, because the dev server's React-refresh preamble is inline.
 */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'dateline-csp',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP }, injectTo: 'head-prepend' },
    ],
  };
}

/**
 * The public folder copied into the build with `data/` as one generation of plain files
 * (src/pipeline/write/ship.ts). Vite's own copy follows every link of the published out folder
 * (write/publish.ts): each kept generation and `current` would ship too, several copies of the
 * dataset. The dev server serves public/ as it is: it reads through the links.
 */
function publicWithOneGeneration(): Plugin {
  let publicDir = '';
  let outDir = '';
  return {
    name: 'dateline-public',
    apply: 'build',
    configResolved(config) {
      publicDir = config.publicDir;
      outDir = resolve(config.root, config.build.outDir);
    },
    writeBundle() {
      if (!publicDir || !existsSync(publicDir)) return;
      for (const name of readdirSync(publicDir)) {
        if (name !== 'data') cpSync(join(publicDir, name), join(outDir, name), { recursive: true, dereference: true });
        else {
          const shipped = shipPublished(join(publicDir, name), join(outDir, name));
          this.info(`data: ${shipped.id ? `generation ${shipped.id}` : 'an out folder from before generations'}, ${shipped.files.length} files`);
        }
      }
    },
  };
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), publicWithOneGeneration()],
  server: { port: 5173 },
  preview: { port: 4173, strictPort: true },
  build: { target: 'es2022', sourcemap: true, copyPublicDir: false },
});
