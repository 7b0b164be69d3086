import { StrictMode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { PopupApp } from './PopupApp';
import { startPopup, type PopupStartup } from './startup';
import '../../components/report.css';

// Marks for the benchmark and for DevTools (scripts/bench/popup.ts); they cost nothing.
performance.mark('echt:popup-script');

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

const element = document.getElementById('root');
if (element) {
  const root = createRoot(element);
  startPopup(location.search).then(
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
