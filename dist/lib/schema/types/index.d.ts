import type { TypeSpec, ValueCheckers, ValueProblem } from '../schema-types.js';
export declare function checkValue(value: string, type: TypeSpec, checkers?: ValueCheckers): ValueProblem | undefined;
export declare const typeKinds: TypeSpec["kind"][];
