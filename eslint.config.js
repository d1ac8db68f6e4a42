// ESLint flat config for Dateline: syntax-level TypeScript linting (no type information, so it stays
// fast), React hooks rules for the browser app, and the layering rule for src/ (imports point down only).
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/*
 * Layering. The folders of src/, bottom to top:
 *
 *   lib  <-  model  <-  pipeline (build time, Node only)
 *                   <-  store  <-  url
 *                   <-  timeline (canvas engine: no React, no store)
 *                   <-  components (may use anything but pipeline)  <-  main.tsx
 *
 * Each folder gets one `no-restricted-imports` setting listing the src folders it must NOT import
 * from. Flat config replaces (does not merge) a rule's options when a later block matches the same
 * file, so every block below carries its complete list.
 *
 * The patterns look at the import string only. A src folder is reached from inside another one by
 * going up: `../pipeline/read/read.ts`, `../../pipeline/x`; from a file directly in src/ by
 * `./pipeline/x`; and anyone spelling out the path writes `.../src/pipeline/x`. `./model` inside
 * src/lib (a subfolder of lib) is NOT matched, so a folder may have its own subfolders of any name.
 */
const SRC_FOLDERS = ['lib', 'model', 'pipeline', 'store', 'url', 'timeline', 'components'];

/** Regex for an import string that reaches into one of the given top-level src folders. */
function srcFolder(names, { fromSrcRoot = false } = {}) {
  const up = fromSrcRoot ? String.raw`\./` : String.raw`(?:\.\./)+`;
  return String.raw`^(?:${up}|(?:.*/)?src/)(?:${names.join('|')})(?:/|$)`;
}

/** Regex for an import of the app entry point, src/main.tsx. */
function appEntry({ fromSrcRoot = false } = {}) {
  const up = fromSrcRoot ? String.raw`\./` : String.raw`(?:\.\./)+`;
  return String.raw`^(?:${up}|(?:.*/)?src/)main(?:\.[cm]?[jt]sx?)?$`;
}

/**
 * `no-restricted-imports` options for a file in src/<folder>/ that may import only `allowed`
 * (besides its own folder). Pipeline is always forbidden outside src/pipeline, and so is main.tsx.
 */
function layer(folder, allowed, extraPatterns = []) {
  const forbidden = SRC_FOLDERS.filter((f) => f !== folder && !allowed.includes(f));
  const patterns = [];
  if (forbidden.includes('pipeline')) {
    patterns.push({
      regex: srcFolder(['pipeline']),
      message:
        'src/pipeline is build-time Node code: nothing else in src/ may import it (share code through src/model or src/lib).',
    });
  }
  const others = forbidden.filter((f) => f !== 'pipeline');
  if (others.length > 0) {
    patterns.push({
      regex: srcFolder(others),
      message: `Layering: ${
        allowed.length
          ? `src/${folder} may import only ${allowed.map((a) => `src/${a}`).join(', ')}`
          : `src/${folder} is the bottom layer and may not import other src folders`
      } (imports point down only; forbidden here: ${others.map((o) => `src/${o}`).join(', ')}).`,
    });
  }
  if (folder !== 'pipeline') {
    patterns.push({
      regex: appEntry(),
      message: 'src/main.tsx is the app entry point: nothing may import it.',
    });
  }
  return ['error', { patterns: [...patterns, ...extraPatterns] }];
}

const NO_UI_IN_TIMELINE = {
  regex: String.raw`^(?:react|react-dom|zustand)(?:/|$)`,
  message:
    'src/timeline is the canvas engine: it knows nothing of React or the store (components wrap it).',
};

export default defineConfig(
  globalIgnores([
    '**/node_modules/',
    'dist/',
    'public/data/',
    'reports/',
    'test-results/',
    'playwright-report/',
    'coverage/',
  ]),

  js.configs.recommended,
  tseslint.configs.recommended,

  {
    name: 'dateline/all',
    files: ['**/*.{js,mjs,cjs,ts,mts,cts,tsx,jsx}'],
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    linterOptions: { reportUnusedDisableDirectives: 'warn' },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },

  // The browser app.
  {
    name: 'dateline/browser',
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/pipeline/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    name: 'dateline/react-hooks',
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/pipeline/**'],
    ...reactHooks.configs.flat.recommended,
  },

  // Nothing from an article or a URL is ever parsed as HTML (docs/SECURITY.md): text reaches the
  // page as React text nodes or textContent only, so the HTML sinks are not used anywhere in src/.
  {
    name: 'dateline/no-html-sinks',
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-properties': [
        'error',
        ...['innerHTML', 'outerHTML', 'insertAdjacentHTML', 'createContextualFragment'].map(
          (property) => ({
            property,
            message: `${property} parses HTML: render text (React text nodes, textContent).`,
          }),
        ),
        ...['write', 'writeln'].map((property) => ({
          object: 'document',
          property,
          message: `document.${property} parses HTML: render text (React text nodes, textContent).`,
        })),
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: 'JSXAttribute[name.name="dangerouslySetInnerHTML"]',
          message: 'dangerouslySetInnerHTML parses HTML: render text (React text nodes).',
        },
      ],
    },
  },

  // Node code: the pipeline, scripts, tests (Vitest runs in Node), tool configs.
  {
    name: 'dateline/node',
    files: [
      'src/pipeline/**',
      'src/**/*.test.{ts,tsx}',
      'scripts/**',
      'e2e/**',
      'test/**',
      '*.config.*',
      '.ci/**/*.{js,mjs,ts}',
    ],
    languageOptions: { globals: { ...globals.node } },
  },

  // Layering (see the top of this file). Files directly in src/ (main.tsx and friends) may use any
  // folder but pipeline.
  {
    name: 'dateline/layers/src-root',
    files: ['src/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: srcFolder(['pipeline'], { fromSrcRoot: true }),
              message:
                'src/pipeline is build-time Node code: nothing else in src/ may import it (share code through src/model or src/lib).',
            },
            { regex: srcFolder(['pipeline']), message: 'src/pipeline may not be imported here.' },
          ],
        },
      ],
    },
  },
  // Anything in a src subfolder not listed below still may not import the pipeline.
  {
    name: 'dateline/layers/src-other',
    files: ['src/*/**'],
    ignores: ['src/pipeline/**'],
    rules: {
      'no-restricted-imports': layer(
        '(other)',
        SRC_FOLDERS.filter((f) => f !== 'pipeline'),
      ),
    },
  },
  {
    name: 'dateline/layers/lib',
    files: ['src/lib/**'],
    rules: { 'no-restricted-imports': layer('lib', []) },
  },
  {
    name: 'dateline/layers/model',
    files: ['src/model/**'],
    rules: { 'no-restricted-imports': layer('model', ['lib']) },
  },
  {
    name: 'dateline/layers/pipeline',
    files: ['src/pipeline/**'],
    rules: { 'no-restricted-imports': layer('pipeline', ['lib', 'model']) },
  },
  {
    name: 'dateline/layers/store',
    files: ['src/store/**'],
    rules: { 'no-restricted-imports': layer('store', ['lib', 'model']) },
  },
  {
    name: 'dateline/layers/url',
    files: ['src/url/**'],
    rules: { 'no-restricted-imports': layer('url', ['lib', 'model', 'store']) },
  },
  {
    name: 'dateline/layers/timeline',
    files: ['src/timeline/**'],
    rules: { 'no-restricted-imports': layer('timeline', ['lib', 'model'], [NO_UI_IN_TIMELINE]) },
  },
  {
    name: 'dateline/layers/components',
    files: ['src/components/**'],
    rules: {
      'no-restricted-imports': layer(
        'components',
        SRC_FOLDERS.filter((f) => f !== 'pipeline'),
      ),
    },
  },
);
