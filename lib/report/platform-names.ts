import type { Platform } from '../analysis/model';

/** Brand names are not translated. */
export const PLATFORM_NAMES: Readonly<Record<Platform, string>> = { linkedin: 'LinkedIn', facebook: 'Facebook' };
