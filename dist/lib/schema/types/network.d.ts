import type { TypeRule } from '../schema-types.js';
export declare const isIpv4: (s: string) => boolean;
export declare const checkIpv4: TypeRule<'ipv4'>;
/** Host name or IPv4 address with an optional `:port` (FQDN fields hold up to 63 characters). */
export declare function hostProblem(value: string): string | undefined;
export declare const checkHost: TypeRule<'host'>;
export declare const checkUrl: TypeRule<'url'>;
/** A dialled number (digits, `*`, `#`, `+`, `,` pauses) or a SIP URI `user@host`; up to 39 characters. */
export declare const checkPhone: TypeRule<'phone'>;
