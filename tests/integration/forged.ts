/** Senders and messages for the trust-boundary tests: ours, and every stranger we refuse. */
import type { Browser } from 'wxt/browser';
import { OBSERVATIONS } from '../../lib/messaging/protocol';
import type { ObservationBatch } from '../../lib/platforms/types';
import { batch, comment, post } from '../unit/db/builders';

export const OWN_ID = 'test-extension-id';
export const OWN_ORIGIN = `chrome-extension://${OWN_ID}/`;
type Sender = Browser.runtime.MessageSender;

const LI_URL = 'https://www.linkedin.com/company/kaasmeester/posts/';
const tab = (url: string, id = 7) => ({ id, url, index: 0, windowId: 1, highlighted: true, active: true, pinned: false, incognito: false }) as Browser.tabs.Tab;

/** Our LinkedIn content script, as Chromium describes it. */
export const linkedinContentScript: Sender = { id: OWN_ID, url: LI_URL, origin: 'https://www.linkedin.com', frameId: 0, tab: tab(LI_URL) } as Sender;
export const facebookContentScript: Sender = {
  id: OWN_ID,
  url: 'https://www.facebook.com/bakkerij.jansen',
  origin: 'https://www.facebook.com',
  frameId: 0,
  tab: tab('https://www.facebook.com/bakkerij.jansen'),
} as Sender;

/** Everyone else, with why they are not us. */
export const STRANGERS: Array<[string, Sender]> = [
  ['a web page (no extension id)', { url: 'https://evil.example/', origin: 'https://evil.example', tab: tab('https://evil.example/') } as Sender],
  ['a web page claiming LinkedIn', { url: LI_URL, origin: 'https://www.linkedin.com', tab: tab(LI_URL) } as Sender],
  ['another extension', { id: 'abcdefghijklmnopabcdefghijklmnop', url: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/bg.js' } as Sender],
  ['another extension with a LinkedIn tab', { ...linkedinContentScript, id: 'abcdefghijklmnopabcdefghijklmnop' } as Sender],
  ['our content script on another site', { id: OWN_ID, url: 'https://evil.example/', origin: 'https://evil.example', frameId: 0, tab: tab('https://evil.example/') } as Sender],
  ['a look-alike host', { id: OWN_ID, url: 'https://www.linkedin.com.evil.example/', frameId: 0, tab: tab('https://www.linkedin.com.evil.example/') } as Sender],
  ['plain http', { id: OWN_ID, url: 'http://www.linkedin.com/company/x/', frameId: 0, tab: tab('http://www.linkedin.com/company/x/') } as Sender],
  ['a subdomain we do not read', { id: OWN_ID, url: 'https://lnkd.linkedin.com/x', frameId: 0, tab: tab('https://lnkd.linkedin.com/x') } as Sender],
  ['a frame inside LinkedIn', { ...linkedinContentScript, frameId: 3 } as Sender],
  ['sender.url LinkedIn but origin elsewhere', { ...linkedinContentScript, origin: 'https://evil.example' } as Sender],
  ['sender.url LinkedIn but the tab shows another site', { ...linkedinContentScript, tab: tab('https://evil.example/') } as Sender],
  ['an extension page (not a content script)', { id: OWN_ID, url: `${OWN_ORIGIN}popup.html` } as Sender],
  ['an extension page opened in a tab', { id: OWN_ID, url: `${OWN_ORIGIN}popup.html`, frameId: 0, tab: tab(`${OWN_ORIGIN}popup.html`) } as Sender],
  ['no sender information', {} as Sender],
  ['empty extension id', { ...linkedinContentScript, id: '' } as Sender],
];

export function linkedinBatch(): ObservationBatch {
  return batch([post('li:1', { comments: [comment('c1')] }), post('li:2')]);
}

export function message(b: ObservationBatch = linkedinBatch()): unknown {
  return { type: OBSERVATIONS, batch: b };
}

/** Deep copy through JSON, as a content script could build it (keeps own `__proto__` keys). */
export function viaJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
