/**
 * The popup's entry: deliberately tiny. It starts the first screen's reads (./prefetch.ts), then
 * loads the rest of the popup (React, Dexie, the analysis; ./render.tsx) while the disk works.
 */
import '../../components/report.css';
import { prefetchPopup } from './prefetch';

// Marks for the benchmark and for DevTools (scripts/bench/popup.ts); they cost nothing.
performance.mark('echt:popup-script');
const prefetched = prefetchPopup(location.search);
void prefetched.then(() => performance.mark('echt:popup-prefetched'));
void import('./render').then(({ renderPopup }) => renderPopup(prefetched));
