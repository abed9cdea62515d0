import type { ParameterSpec, SchemaFile } from '../schema/schema-types.js';
export interface Slot {
    readonly spec: ParameterSpec;
    readonly line?: number;
    /** Spellings this slot decodes to. */
    readonly text: string;
    readonly xml: string;
}
export interface SlotTable {
    readonly family: string;
    readonly hash: Uint8Array;
    readonly slots: readonly Slot[];
    /** Slot number of an XML tag, if the family has it. */
    readonly slotOf: (xmlTag: string) => number | undefined;
}
export declare function slotTable(family: SchemaFile): SlotTable;
