import { type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Overlay } from '../model/layer.js';
import type { SplicedItem } from '../model/profile.js';
export interface EmitResult {
    readonly text: string;
    readonly diagnostics: Diagnostic[];
}
/** `<X/>` keeps "leave unchanged" and `<X></X>` keeps "set empty"; non-ASCII is written as character
 * references because the SPA firmware is documented as ASCII-only. */
export declare function emitXml(items: readonly SplicedItem[]): EmitResult;
/** The document so far: its lines, the group elements open, a blank line waiting, and for each item
 * given the line it wrote (-1 for none) and its diagnostics. */
interface Body {
    /** Lines written before this body's own (a template's, for the lines a device adds after it). */
    readonly lead: number;
    readonly lines: string[];
    open: readonly string[];
    pendingBlank: boolean;
    readonly lineOf: number[];
    readonly found: (readonly Diagnostic[])[];
}
/** A document written once for a base set of items (a fleet's shared layers), to write it again with
 * some entries replaced in place and some added at the end (one device's row): the text of emitXml. */
export interface XmlTemplate {
    readonly body: Readonly<Body>;
    /** The base document up to where more items would go, as UTF-8, and where each of its lines starts. */
    readonly bytes: Uint8Array;
    readonly starts: readonly number[];
    /** The items whose lines have diagnostics (few or none: a device copies only these). */
    readonly noisy: readonly number[];
}
export declare function xmlTemplate(items: readonly SplicedItem[]): XmlTemplate;
/** A document as the pieces it is written in: the template's own bytes are shared, not copied. */
export interface EmitChunks {
    readonly chunks: readonly Uint8Array[];
    readonly diagnostics: Diagnostic[];
}
/** `emitXml(itemsOf(over))`, as UTF-8, for an overlay on the template's items. Bytes, not text: a fleet's
 * ten thousand files are slices of one template and a few lines each, never a whole document flattened
 * and encoded again. */
export declare function emitXmlOnto(template: XmlTemplate, over: Overlay): EmitChunks;
export {};
