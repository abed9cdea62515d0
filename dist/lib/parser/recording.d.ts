import { EmbeddedActionsParser } from 'chevrotain';
/** chevrotain records a grammar by putting about ninety recording methods on the parser object and
 * deleting them afterwards. By then the object is a prototype (chevrotain makes it one for fast
 * properties), and V8 lays a prototype out again after every delete: 4-7 ms of every start, per parser.
 * Here chevrotain's own `enableRecording` puts them on an object of their own, placed between the parser
 * and its class, and `disableRecording` takes that object out of the chain in one step; the grammar
 * recorded and the parser that results are the same (a test holds both). */
export declare class RecordingParser extends EmbeddedActionsParser {
    enableRecording(): void;
    disableRecording(): void;
}
