import type { TypeRule } from '../schema-types.js';
export declare const checkCadence: TypeRule<'cadence'>;
export declare const checkTone: TypeRule<'tone'>;
