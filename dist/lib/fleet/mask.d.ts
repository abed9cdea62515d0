import type { SchemaIndex } from '../schema/lookup.js';
import { type Inventory } from './inventory.js';
/** Whether a column holds secrets: the key column, or a parameter the schema marks secret (the header's
 * access marker aside). */
export declare const secretColumn: (index: SchemaIndex, keyColumn: string | undefined) => (column: string) => boolean;
/** Secret cells of the rows read blanked by their ranges; past a line that could not be read, line by
 * line as well as a line can be read. */
export declare function maskedInventory(inventory: Inventory, isSecret: (column: string) => boolean): string;
/** An inventory the parser refused, blanked line by line as well as a line can be read: CSV cells under
 * a secret header, JSON Lines values of secret keys. Offsets do not move. */
export declare function maskUnparsed(text: string, file: string, secret: (column: string) => boolean): string;
