import { type RuleProblem } from './problem.js';
/** `secrets`: the text is an argument of --key, --uid or --pwd, where `$SA`..`$SD` expand. */
export declare function checkMacros(text: string, base: number, secrets?: boolean): RuleProblem[];
