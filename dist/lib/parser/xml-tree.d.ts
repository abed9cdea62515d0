import { type Diagnostic, type Range } from '../diagnostics/diagnostic.js';
export interface XmlAttribute {
    readonly name: string;
    readonly value: string;
    readonly nameRange: Range;
    readonly valueRange: Range;
}
/** A run of character data: its decoded text and where each decoded character came from. Text and
 * CDATA map one to one (character `i` at `base + i`); an entity's characters all sit at its start. A
 * rule, not an array per character: a 120 KB profile allocated one offset per character. */
export interface XmlChars {
    readonly kind: 'chars';
    readonly text: string;
    readonly base: number;
    readonly entity: boolean;
    readonly range: Range;
}
/** The source offset of decoded character `i` of a run. */
export declare const charOffset: (run: XmlChars, i: number) => number;
export interface XmlCommentNode {
    readonly kind: 'comment';
    readonly text: string;
    readonly range: Range;
}
export interface XmlElement {
    readonly kind: 'element';
    readonly name: string;
    readonly nameRange: Range;
    readonly attributes: readonly XmlAttribute[];
    readonly selfClosing: boolean;
    /** Offset just after the start tag's `>`: where an empty value sits. */
    readonly contentStart: number;
    readonly children: XmlChild[];
    start: number;
    end: number;
    /** The name inside the closing tag, when there is one (a rename must change both tags). */
    closeNameRange?: Range;
    /** Nested too deeply (SPAC1114): kept only so that its parent is still a group; it has no children. */
    readonly skipped?: true;
}
export type XmlChild = XmlElement | XmlChars | XmlCommentNode;
export interface XmlTree {
    readonly roots: XmlElement[];
    readonly diagnostics: Diagnostic[];
}
/** A mismatched end tag closes the open elements above its match (each reported), like a forgiving
 * tree builder; entities are only the five predefined ones and numeric references. */
export declare function buildXmlTree(source: string, file: string): XmlTree;
