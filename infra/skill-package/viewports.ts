import type { Viewport } from './manifest-types';

/**
 * Screens the APL interface declares: the Echo Show family and Fire TV. Alexa sends APL only
 * to devices inside one of these ranges; every other device still gets the voice-only answer.
 */
export const supportedViewports: readonly Viewport[] = [
  // Echo Spot and other round hubs.
  { mode: 'HUB', shape: 'ROUND', minWidth: 480, maxWidth: 480, minHeight: 480, maxHeight: 480 },
  // Echo Show 5.
  { mode: 'HUB', shape: 'RECTANGLE', minWidth: 960, maxWidth: 960, minHeight: 480, maxHeight: 480 },
  // Echo Show (first generation) and Show 8 class screens.
  { mode: 'HUB', shape: 'RECTANGLE', minWidth: 1024, maxWidth: 1280, minHeight: 600, maxHeight: 800 },
  // Echo Show 15 and other large hubs.
  { mode: 'HUB', shape: 'RECTANGLE', minWidth: 1920, maxWidth: 1920, minHeight: 1080, maxHeight: 1200 },
  // Echo Show 15 mounted in portrait.
  { mode: 'HUB', shape: 'RECTANGLE', minWidth: 1080, maxWidth: 1080, minHeight: 1920, maxHeight: 1920 },
  // Fire TV.
  { mode: 'TV', shape: 'RECTANGLE', minWidth: 960, maxWidth: 960, minHeight: 540, maxHeight: 540 },
];
