import type { ModelSpec, ParameterSpec } from '../schema-types.js';
export declare const fidelityAdditions: Readonly<Record<string, readonly ParameterSpec[]>>;
/** Model facts the generated family lists get wrong or lack (causes 2 and 5), each with its source. */
export declare const modelCurations: Readonly<Record<string, readonly ModelSpec[]>>;
