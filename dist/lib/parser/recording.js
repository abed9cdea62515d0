// Parser stage (chevrotain base): the embedded-actions parser every grammar of spac extends, with a
// grammar recording that costs less at start. Input: token types and a parser config. Output: the
// parser chevrotain builds from them.
import { EmbeddedActionsParser } from 'chevrotain';
const chevrotainRecording = EmbeddedActionsParser.prototype;
/** chevrotain records a grammar by putting about ninety recording methods on the parser object and
 * deleting them afterwards. By then the object is a prototype (chevrotain makes it one for fast
 * properties), and V8 lays a prototype out again after every delete: 4-7 ms of every start, per parser.
 * Here chevrotain's own `enableRecording` puts them on an object of their own, placed between the parser
 * and its class, and `disableRecording` takes that object out of the chain in one step; the grammar
 * recorded and the parser that results are the same (a test holds both). */
export class RecordingParser extends EmbeddedActionsParser {
    // Called by performSelfAnalysis only.
    enableRecording() {
        const layer = Object.create(Object.getPrototypeOf(this));
        chevrotainRecording.enableRecording.call(layer);
        Object.setPrototypeOf(this, layer);
        this.RECORDING_PHASE = true;
    }
    disableRecording() {
        this.RECORDING_PHASE = false;
        const layer = Object.getPrototypeOf(this);
        Object.setPrototypeOf(this, Object.getPrototypeOf(layer));
    }
}
