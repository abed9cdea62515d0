// Fleet stage (a build in parts): which part builds which device, settled as the parts go. Every part
// reads every row; a part builds the block of devices it reaches first, so one that started late or
// runs slower builds fewer, and all end together. Input: a table shared by the parts. Output: a test.
/** Devices per claim: few enough to balance the parts, enough that claiming costs nothing. */
export const CLAIM_BLOCK = 16;
/** Blocks with a place in the table (16 million devices); past it, blocks go round the parts in turn. */
const TABLE_BLOCKS = 1 << 20;
export const claimTable = () => new SharedArrayBuffer(TABLE_BLOCKS * 4);
/** Whether part `part` (of `of`) builds the device at `place`; places are asked in increasing order. */
export function claimer(table, part, of) {
    const claims = new Int32Array(table);
    let block = -1;
    let mine = false;
    return (place) => {
        const at = Math.floor(place / CLAIM_BLOCK);
        if (at !== block) {
            block = at;
            mine = at < claims.length ? Atomics.compareExchange(claims, at, 0, part + 1) === 0 : at % of === part;
        }
        return mine;
    };
}
