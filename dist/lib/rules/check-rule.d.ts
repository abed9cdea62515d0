import type { Condition, ParsedRule, RuleLanguage } from './ast.js';
import { type RuleProblem } from './problem.js';
export interface RuleContext {
    /** Whether an assignment target names a parameter; unknown names are a warning. */
    readonly knows?: (name: string) => boolean;
}
export interface CheckedRule {
    readonly rule: ParsedRule;
    /** The condition of a resync trigger. */
    readonly condition?: Condition;
    readonly problems: RuleProblem[];
}
export declare function checkRuleValue(value: string, language: RuleLanguage, context?: RuleContext): CheckedRule;
