/** The background entrypoint's listener, through the fake browser: what it answers and ignores. */
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../entrypoints/background';
import { db } from '../../lib/db/database';
import { deleteEverything } from '../../lib/db/privacy';
import { linkedinContentScript, message, STRANGERS } from './forged';

async function deliver(msg: unknown, sender: object): Promise<{ returned: unknown[]; response: unknown }> {
  let respond!: (value: unknown) => void;
  const response = new Promise((resolve) => (respond = resolve));
  const returned: unknown[] = await fakeBrowser.runtime.onMessage.trigger(msg, sender as never, respond as never);
  const answered = returned.some((r) => r === true) ? await response : undefined;
  return { returned, response: answered };
}

describe('background listener', () => {
  it('stores our content script\'s batch and answers', async () => {
    background.main();
    await deleteEverything(db());
    const { response } = await deliver(message(), linkedinContentScript);
    expect(response).toMatchObject({ ok: true });
    expect(await db().posts.count()).toBe(2);
  });

  it('answers strangers with an error and stores nothing', async () => {
    background.main();
    await deleteEverything(db());
    for (const [, sender] of STRANGERS) {
      const { response } = await deliver(message(), sender);
      expect(response).toEqual({ ok: false, error: 'sender not allowed' });
    }
    expect(await db().posts.count()).toBe(0);
  });

  it('leaves messages that are not addressed to it to other listeners', async () => {
    background.main();
    for (const msg of [{ type: 'echt:page→content:show-posts', postIds: [] }, { hello: 1 }, 'ping', null]) {
      const { returned } = await deliver(msg, linkedinContentScript);
      expect(returned).toEqual([undefined]);
    }
  });
});

describe('background housekeeping', () => {
  it('switching hashing on hashes the names already stored', async () => {
    background.main();
    await deleteEverything(db());
    const { response } = await deliver(message(), linkedinContentScript);
    expect(response).toMatchObject({ ok: true });
    expect(JSON.stringify(await db().comments.toArray())).toContain('Anneke');
    await fakeBrowser.storage.local.set({ settings: { retentionDays: 365, hashCommenterNames: false } });
    await fakeBrowser.storage.local.set({ settings: { retentionDays: 365, hashCommenterNames: true } });
    await expect.poll(async () => JSON.stringify(await db().comments.toArray())).not.toContain('Anneke');
  });
});
