/**
 * Entry of the tab shell bundle. The legal pages (/tabs/privacy, /tabs/terms) are a separate
 * chunk that never starts the shell, so they render without signing in and the shell's bundle
 * does not carry their text.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.js';
import { legalPageOf } from './legal/legal-route.js';

const element = document.getElementById('root');
if (!element) throw new Error('Relais: #root is missing from index.html');
const root = createRoot(element);

const legalPage = legalPageOf(window.location.pathname);
if (legalPage) {
  const { LegalApp } = await import('./legal/legal-app.js');
  root.render(
    <StrictMode>
      <LegalApp page={legalPage} />
    </StrictMode>,
  );
} else {
  root.render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
