import { type InventoryResult } from './inventory.js';
/** A line that cannot be read refuses the inventory (every such line reported): its columns would be
 * unknown. */
export declare function parseJsonLines(source: string, file: string): InventoryResult;
