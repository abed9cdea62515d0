import type { TypeRule } from '../schema-types.js';
export declare const checkInt: TypeRule<'int'>;
/** Extra decimal places are accepted: the phone ignores them (documented for Time<n>). */
export declare const checkDecimal: TypeRule<'decimal'>;
export declare const checkPort: TypeRule<'port'>;
