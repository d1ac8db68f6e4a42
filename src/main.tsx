/** Composition root: wire the store to the URL and the dataset, then render the app. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './components/App.tsx';
import './components/app.css';
import { loadDataset } from './store/load.ts';
import { datelineStore } from './store/store.ts';
import { startUrlSync } from './url/sync.ts';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

// URL first: the selection it names is then resolved (redirects) when the dataset arrives.
startUrlSync(datelineStore);
void loadDataset(datelineStore, `${import.meta.env.BASE_URL}data/dataset.json`);

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
