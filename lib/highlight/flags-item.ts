/** The post flags as a WXT storage item, for the extension pages that write them (lib/report). */
import { storage } from 'wxt/utils/storage';
import { POST_FLAGS_KEY, type PostFlagsByPage } from './flags';

export const postFlagsItem = storage.defineItem<PostFlagsByPage>(`local:${POST_FLAGS_KEY}`, { fallback: {} });
