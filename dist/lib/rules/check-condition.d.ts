import type { Condition, Operand } from './ast.js';
import { type MacroType } from './macros.js';
import { type RuleProblem } from './problem.js';
type OperandType = MacroType | 'text-word' | 'unknown';
/** What an unquoted operand holds: one macro has the macro's type; a literal must be a number or version. */
export declare function operandType(o: Operand): OperandType;
export declare function checkCondition(condition: Condition): RuleProblem[];
export {};
