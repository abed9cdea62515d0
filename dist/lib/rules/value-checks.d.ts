import type { TypeRule, ValueCheckers } from '../schema/schema-types.js';
/** The rules stage reports every finding in a profile itself, with its own codes; this serves the places
 * that only ask whether a value fits (schema defaults, imported samples, type tables). */
export declare const checkRuleType: TypeRule<'rule'>;
/** Every check the schema stage leaves to the rules stage. */
export declare const valueCheckers: ValueCheckers;
