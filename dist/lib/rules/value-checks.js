// Rules stage (value checks for the schema): a value of a rule type is valid when its language finds no
// error in it. Input: a value and its rule language. Output: the first error as a schema value problem.
import { catalog } from '../diagnostics/catalog.js';
import { checkRuleValue } from './check-rule.js';
/** The rules stage reports every finding in a profile itself, with its own codes; this serves the places
 * that only ask whether a value fits (schema defaults, imported samples, type tables). */
export const checkRuleType = (value, spec) => {
    const error = checkRuleValue(value, spec.language).problems.find((p) => catalog[p.code].severity === 'error');
    return error
        ? { message: error.message, at: error.span.start, length: error.span.end - error.span.start }
        : undefined;
};
/** Every check the schema stage leaves to the rules stage. */
export const valueCheckers = { rule: checkRuleType };
