import type { Group, ParsedRule, RuleLanguage } from './ast.js';
import { type RuleProblem } from './problem.js';
export interface ParseResult {
    readonly rule: ParsedRule;
    readonly problems: RuleProblem[];
}
export declare function parseRule(value: string, language: RuleLanguage): ParseResult;
/** A resync trigger: one bare condition. */
export declare function parseTrigger(value: string): ParseResult & {
    readonly condition?: Group['condition'];
};
