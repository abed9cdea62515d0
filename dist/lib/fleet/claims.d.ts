/** Devices per claim: few enough to balance the parts, enough that claiming costs nothing. */
export declare const CLAIM_BLOCK = 16;
export declare const claimTable: () => SharedArrayBuffer;
/** Whether part `part` (of `of`) builds the device at `place`; places are asked in increasing order. */
export declare function claimer(table: SharedArrayBuffer, part: number, of: number): (place: number) => boolean;
