import type { Entry } from '../model/profile.js';
import { type SchemaIndex } from '../schema/lookup.js';
import { type RuleProblem } from './problem.js';
import type { RuleEntry } from './check-profile-rules.js';
export interface Placed {
    readonly entry: Entry;
    readonly problem: RuleProblem;
    readonly related?: {
        readonly entry: Entry;
        readonly message: string;
    };
}
/** `--key $SA` reads GPP_SA on the phone; if the set leaves it empty, the phone cannot decrypt. */
export declare function keyProblems(rules: readonly RuleEntry[], value: (tag: string) => string | undefined): Placed[];
/** Secrets travel in the profile the rules fetch; over tftp or http without --key anyone can read them. */
/** The first entry of the layered set that holds a secret. */
export declare const firstSecret: (layered: readonly Entry[], index: SchemaIndex) => Entry | undefined;
export declare const holdsSecret: (e: Entry, index: SchemaIndex) => boolean;
/** `secretIn`: finds the first secret of `layered` (a fleet build knows faster ways than a scan). */
export declare function secretsInClear(rules: readonly RuleEntry[], secretIn: () => Entry | undefined): Placed[];
