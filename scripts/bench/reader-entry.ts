// The platform readers as a page script, unminified, for scripts/bench/reader-cost.ts.
import { linkedinReader } from '../../lib/platforms/linkedin/reader.ts';

(globalThis as unknown as { __benchReader: unknown }).__benchReader = linkedinReader;
