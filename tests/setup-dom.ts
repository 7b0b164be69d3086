import 'fake-indexeddb/auto';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// No globals mode: Testing Library cannot clean up by itself.
afterEach(() => {
  cleanup();
  fakeBrowser.reset();
});
