import type { ParseResult } from './text-front.js';
/** Semantics per the provisioning guides: `<X/>` leaves the value unchanged, `<X></X>` sets it empty, white
 * space at the ends is stripped and new lines inside become spaces; wrappers around `<flat-profile>` are ignored. */
export declare function parseXml(source: string, file: string): ParseResult;
