import type { RuleLanguage, RuleOption, Span } from './ast.js';
import { type RuleProblem } from './problem.js';
export declare function checkOptions(list: readonly RuleOption[], span: Span, language: RuleLanguage): RuleProblem[];
