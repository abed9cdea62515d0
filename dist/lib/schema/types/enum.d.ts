import type { TypeRule } from '../schema-types.js';
export declare const checkEnum: TypeRule<'enum'>;
