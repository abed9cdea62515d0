import type { TypeRule } from '../schema-types.js';
/** The Time_Zone options as the phones list them (seed provisioning chapter; SPA5xx/SPA9xx samples). */
export declare const TIME_ZONES: readonly string[];
export declare const checkTimezone: TypeRule<'timezone'>;
export declare const checkHhmm: TypeRule<'hhmm'>;
/** `1800,3600,7200` (the last delay repeats) and `3600+600` (a random part), per item. */
export declare const checkSchedule: TypeRule<'schedule'>;
