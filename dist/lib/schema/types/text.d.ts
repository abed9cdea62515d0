import type { TypeRule, ValueProblem } from '../schema-types.js';
export declare const checkString: TypeRule<'string'>;
export declare const checkPassword: TypeRule<'password'>;
/** Brackets balance and nest (`pairs` maps openers to closers). */
export declare function balanceProblem(value: string, pairs: Readonly<Record<string, string>>): ValueProblem | undefined;
/** Outside `<...>` replacements a dial plan uses digits, x, the timers S/L/P and its punctuation; white
 * space is ignored by the phone (the documented example `(S0 <:18005551212>)` has a space). */
export declare const checkDialPlan: TypeRule<'dial-plan'>;
