import { type Node } from 'jsonc-parser';
/** A problem at `start`..`end` (UTF-16 offsets) of the text. */
export interface LocatedProblem {
    readonly start: number;
    readonly end: number;
    readonly message: string;
}
export type JsoncResult = {
    readonly ok: true;
    readonly root: Node;
    readonly data: unknown;
} | {
    readonly ok: false;
    readonly problems: LocatedProblem[];
};
/** `what` names the file in the message for an empty one ("the schema file"). */
export declare function parseJsonc(text: string, what: string): JsoncResult;
/** The node at `path`, or at the nearest enclosing one that exists; `key` points at a property's name. */
export declare function nodeAt(root: Node, path: readonly (string | number)[], key?: boolean): Node;
