import type { Entry } from '../model/profile.js';
import { type SchemaIndex } from '../schema/lookup.js';
import { type DeviceFacts } from './device.js';
import { type Outcome } from './evaluate.js';
export declare const PREVIEWED: string[];
export interface RulePreview {
    readonly name: string;
    readonly value: string;
    /** `profile`: set by the profile set (see `entry`); `default`: the model's factory value. */
    readonly from: 'profile' | 'default' | 'unset';
    readonly entry?: Entry;
    readonly outcome: Outcome;
}
export interface Preview {
    /** The device as previewed: the model defaults to the schema's target. */
    readonly device: DeviceFacts;
    /** Macro values the preview used, secrets included (the CLI hides them unless asked). */
    readonly values: ReadonlyMap<string, string>;
    readonly rules: readonly RulePreview[];
}
export declare function previewRules(layered: readonly Entry[], index: SchemaIndex | undefined, facts: DeviceFacts, names?: readonly string[]): Preview;
