/** Composition root: wire the store to the URL and the dataset, then render the app. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './components/App.tsx';
import './components/app.css';
import { startPerf } from './components/perf.ts';
import { LiveData } from './store/live-data.ts';
import { datelineStore } from './store/store.ts';
import { startUrlSync } from './url/sync.ts';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

// Measurements for the browser benchmark, only when the page is opened with `?perf`.
startPerf(window.location.search);
// URL first: the selection it names is then resolved (redirects) when the dataset arrives.
startUrlSync(datelineStore);
// The published dataset, then each newer build as it is published, without a reload.
// The dev server serves public/data as published, generation folders included (store/generation.ts).
void new LiveData(datelineStore, import.meta.env.BASE_URL, {
  folders: import.meta.env.DEV,
}).start();

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
