import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './app/app.css';
import { App } from './app/App.tsx';
import { SessionProvider } from './auth/session.tsx';
import { I18nProvider } from './i18n/i18n.tsx';
import { RouterProvider } from './router/router.tsx';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <I18nProvider>
      <SessionProvider>
        <RouterProvider>
          <App />
        </RouterProvider>
      </SessionProvider>
    </I18nProvider>
  </StrictMode>,
);
