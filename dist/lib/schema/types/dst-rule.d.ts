import type { TypeRule } from '../schema-types.js';
export declare const checkDstRule: TypeRule<'dst-rule'>;
