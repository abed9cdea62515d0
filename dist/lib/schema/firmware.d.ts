import type { ModelSpec } from './schema-types.js';
/** `7.5.5b` -> [7, 5, 5] and suffix 'b'; `5.1.10(GW)` -> [5, 1, 10] and suffix '(gw)'. */
export interface Version {
    readonly parts: readonly number[];
    readonly suffix: string;
    readonly text: string;
}
export declare function parseVersion(text: string): Version | undefined;
/** Missing parts count as 0 (7.5 is 7.5.0); a letter suffix comes after the plain version (7.6.2a is
 * after 7.6.2), as Cisco numbers its maintenance builds. */
export declare function compareVersions(a: Version, b: Version): number;
type Operator = '>=' | '<';
interface Bound {
    readonly op: Operator;
    readonly version: Version;
}
/** A range is one or two bounds, both of which must hold: `>=7.5`, `<5.2.5`, `>=5.2 <5.3`. Only `>=`
 * and `<` exist: every range is half-open, so ranges that meet never overlap nor leave a gap. */
export type FirmwareRange = readonly Bound[];
export declare function parseRange(text: string): FirmwareRange | undefined;
export declare const rangeProblem: (text: string) => string | undefined;
/** Whether `version` lies in the range; a range that does not parse (the meta-check refuses those)
 * limits nothing. */
export declare function inRange(version: Version, range: string): boolean;
/** `SPA504G@7.5.5` -> the model and the firmware; `SPA504G` -> the model alone. */
export interface TargetSpec {
    readonly model: string;
    readonly firmware?: Version;
    /** Set when the text after '@' is not a version. */
    readonly badFirmware?: string;
}
export declare function parseTarget(text: string): TargetSpec;
/** A model's line count on `firmware` (its own count when none is given or no range holds it). */
export declare function linesOnFirmware(model: ModelSpec, firmware: Version | undefined): number;
/** `SPA504G@7.5.5` -> `SPA504G`: what macros ($PN) and the manifest call the model. */
export declare const modelName: <T extends string | undefined>(target: T) => T;
export {};
