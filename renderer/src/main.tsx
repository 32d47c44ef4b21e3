import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { IntlRoot } from './app/IntlRoot';
import { systemClock } from './app/clock';
import { CountdownClockProvider } from './ui/countdown';
import { ProfileGate } from './features/workstation';
import './app/app.css';

const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: true } },
});

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <IntlRoot>
        {/* Every countdown reads the app's one clock and shares one scheduler. */}
        <CountdownClockProvider clock={systemClock}>
          {/* The open profile (or its lock screen): the console mounts only once the profile is open. */}
          <ProfileGate>
            <App />
          </ProfileGate>
        </CountdownClockProvider>
      </IntlRoot>
    </QueryClientProvider>
  </StrictMode>,
);
