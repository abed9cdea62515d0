import { type Diagnostic } from '../diagnostics/diagnostic.js';
import { type Entry } from '../model/profile.js';
import { type SchemaIndex } from '../schema/lookup.js';
import type { RuleLanguage } from './ast.js';
import { type CheckedRule } from './check-rule.js';
export interface RuleEntry {
    readonly entry: Entry;
    readonly language: RuleLanguage;
    readonly checked: CheckedRule;
}
export declare function languageOf(entry: Entry, index: SchemaIndex): RuleLanguage | undefined;
/** `entries`: every entry of every file read; `layered`: what the phone ends up with, later files winning. */
export declare function checkRules(entries: readonly Entry[], layered: readonly Entry[], index: SchemaIndex, damaged?: (entry: Entry) => boolean): Diagnostic[];
export interface RuleSyntax {
    /** Every rule entry checked, for the set checks. */
    readonly checked: ReadonlyMap<Entry, RuleEntry>;
    readonly diagnostics: Diagnostic[];
}
/** Each rule value on its own, in place (a fleet build checks the shared layers' rules once). */
export declare function checkRuleSyntax(entries: readonly Entry[], index: SchemaIndex, damaged?: (entry: Entry) => boolean): RuleSyntax;
/** What needs the whole layered set: key registers the rules read, secrets fetched in clear. `rules`:
 * the checked rules of `layered`, in its order. `layered` may be a function that lists the set, and
 * `secretIn` one that finds its first secret, where either costs more than a look (a fleet's device):
 * most sets never need them. */
export declare function checkRuleSet(rules: readonly RuleEntry[], layered: readonly Entry[] | (() => readonly Entry[]), index: SchemaIndex, secretIn?: () => Entry | undefined): Diagnostic[];
