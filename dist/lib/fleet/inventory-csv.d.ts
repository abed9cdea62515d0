import { type InventoryResult } from './inventory.js';
export declare function parseCsv(source: string, file: string): InventoryResult;
/** Start and end of each cell's content inside one raw CSV record (quotes excluded). The parser has
 * already accepted the record, so quotes are balanced and a plain scan finds the separators. */
export declare function cellOffsets(raw: string): [number, number, boolean][];
