import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { adoptPortalTokenFromUrl } from './portal';
import './styles.css';

// Before the router reads the URL: a log-in-as token in the fragment must not linger there.
adoptPortalTokenFromUrl();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
