// Defines <pw-risk-register> before React first renders it, so React sets `value` as a property.
import 'partnership-worksheets/risk-register.js';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
