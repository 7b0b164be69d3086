import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { PopupApp } from './PopupApp';
import type { Prefetched } from './prefetch';
import { startPopup, type PopupStartup } from './startup';

function render(root: Root, startup: PopupStartup | undefined): void {
  // Synchronously: the score is in the document when this task ends, so the very next frame
  // paints it (a plain render() would wait for React's scheduler first).
  flushSync(() =>
    root.render(
      <StrictMode>
        <PopupApp startup={startup} />
      </StrictMode>,
    ),
  );
  performance.mark('echt:popup-rendered');
}

/** Renders the popup once its first screen's data is in. */
export function renderPopup(prefetched: Promise<Prefetched>): void {
  performance.mark('echt:popup-loaded');
  const element = document.getElementById('root');
  if (!element) return;
  const root = createRoot(element);
  prefetched.then(startPopup).then(
    (startup) => {
      performance.mark('echt:popup-data');
      render(root, startup);
    },
    // A read that failed is read again by the components themselves, which show what happened.
    (error: unknown) => {
      console.warn('Echt: the popup could not read ahead', error);
      render(root, undefined);
    },
  );
}
