import { type NameTable } from '../model/names.js';
import type { Item } from '../model/profile.js';
import type { EmitResult } from './emit-xml.js';
/** Layout: the name padded to column 47, the access marker in its own column, then `"value" ;` and any
 * trailing comment two spaces after the `;`. Comments and blank-line grouping are kept. */
export declare function emitText(items: readonly Item[], names?: NameTable): EmitResult;
