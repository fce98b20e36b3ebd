import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { onCaughtError } from './app/caughtErrors';
import { canonicaliseLocation } from './app/canonicalPath';
import './app/styles.css';

canonicaliseLocation(window.location, window.history);
const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');
createRoot(root, { onCaughtError }).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
