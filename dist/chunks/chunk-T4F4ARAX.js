import { createRequire as __spacCreateRequire } from 'node:module'; const require = __spacCreateRequire(import.meta.url);
import {
  workerEntry
} from "./chunk-N6ZTTDEX.js";
import {
  confined,
  importRoots
} from "./chunk-5O6RW2WD.js";
import {
  outputSettings
} from "./chunk-TMVOA5H2.js";
import {
  applySeverities,
  checkEntries,
  checkRuleSet,
  checkRuleSyntax,
  damagedBy,
  familyFor,
  hideSecrets,
  holdsSecret,
  languageOf,
  profileComments,
  suppressionFilter,
  toBinary,
  wrapProfile
} from "./chunk-OEXGWO7J.js";
import {
  emitText
} from "./chunk-GPQY3O4T.js";
import {
  previewRules
} from "./chunk-CAEGLMT3.js";
import {
  emitXml,
  emitXmlOnto,
  xmlTemplate
} from "./chunk-DN6Q4ABV.js";
import {
  itemsOf,
  layered,
  loadProfiles,
  overlay
} from "./chunk-UHZU7MIC.js";
import {
  normalizeValues,
  parseTree
} from "./chunk-MVACOJPQ.js";
import {
  entriesOf
} from "./chunk-JG7RXYEO.js";
import {
  TEXT_NAME_BODY,
  XML_NAME,
  checkRuleValue,
  entryTag,
  expandPieces,
  findModel,
  modelName,
  parseTarget,
  scanMacros,
  schemaIndex,
  textNameToXml
} from "./chunk-ILBW3I2W.js";
import {
  importHost,
  readInputs
} from "./chunk-IQYGKJZ5.js";
import {
  joinFleetOutput,
  nodeHost,
  reasonOf
} from "./chunk-RFHOQZER.js";
import {
  deviceValues,
  parseMac
} from "./chunk-HIQO3D62.js";
import {
  append,
  diagnostic,
  diagnosticKey,
  hasErrors,
  range,
  sortDiagnostics
} from "./chunk-YXJOSIDR.js";

// src/cli/fleet-jobs.ts
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";

// src/fleet/build.ts
import { posix } from "node:path";

// src/fleet/columns.ts
var RESERVED = ["mac", "model", "layers"], MARKERS = { "!": "rw", "?": "ro" };
function readColumns(inventory, names, keyColumn) {
  let diagnostics = [], parameters = [];
  for (let [column, headerRange] of inventory.columns) {
    if (RESERVED.includes(column) || column === keyColumn) continue;
    let m = /^(.*?)\s*([!?])?$/.exec(column), name = m?.[1] ?? "";
    if (name === "" || !(TEXT_NAME_BODY.test(name) || XML_NAME.test(name))) {
      diagnostics.push(diagnostic("SPAC8004", inventory.file, headerRange, { column }));
      continue;
    }
    let marker = m?.[2], nameFormat = spelling(name, names);
    parameters.push({
      column,
      name,
      nameFormat,
      access: marker === void 0 ? void 0 : MARKERS[marker],
      headerRange,
      tag: nameFormat === "xml" ? name : textNameToXml(name)
    });
  }
  return keyColumn !== void 0 && !inventory.columns.has(keyColumn) && diagnostics.push(
    diagnostic(
      "SPAC8007",
      inventory.file,
      { start: 0, end: 0 },
      { column: keyColumn },
      { message: "no-column" }
    )
  ), { columns: { parameters, ...keyColumn === void 0 ? {} : { keyColumn } }, diagnostics };
}
function spelling(name, names) {
  if (textNameToXml(name) !== name) return "text";
  let text = names.textNameOf(name);
  return text !== void 0 && text !== name ? "xml" : "text";
}
function rowEntries(inventory, row, columns, accessOf) {
  let entries = [];
  for (let p of columns.parameters) {
    let cell = row.cells.get(p.column);
    !cell || cell.value === "" && !cell.quoted || entries.push({
      kind: "entry",
      name: p.name,
      nameFormat: p.nameFormat,
      path: [],
      access: p.access ?? accessOf(p.tag),
      value: cell.value,
      file: inventory.file,
      range: cell.range,
      nameRange: p.headerRange,
      valueRange: cell.range,
      tag: p.tag
    });
  }
  return entries;
}

// node_modules/csv-parse/lib/api/CsvError.js
var CsvError = class _CsvError extends Error {
  constructor(code, message, options, ...contexts) {
    Array.isArray(message) && (message = message.join(" ").trim()), super(message), Error.captureStackTrace !== void 0 && Error.captureStackTrace(this, _CsvError), this.code = code;
    for (let context of contexts)
      for (let key in context) {
        let value = context[key];
        this[key] = Buffer.isBuffer(value) ? value.toString(options.encoding) : value == null ? value : JSON.parse(JSON.stringify(value));
      }
  }
};

// node_modules/csv-parse/lib/utils/is_object.js
var is_object = function(obj) {
  return typeof obj == "object" && obj !== null && !Array.isArray(obj);
};

// node_modules/csv-parse/lib/api/normalize_columns_array.js
var normalize_columns_array = function(columns) {
  let normalizedColumns = [];
  for (let i = 0, l = columns.length; i < l; i++) {
    let column = columns[i];
    if (column == null || column === !1)
      normalizedColumns[i] = { disabled: !0 };
    else if (typeof column == "string" || typeof column == "number")
      normalizedColumns[i] = { name: `${column}` };
    else if (is_object(column)) {
      if (typeof column.name != "string")
        throw new CsvError("CSV_OPTION_COLUMNS_MISSING_NAME", [
          "Option columns missing name:",
          `property "name" is required at position ${i}`,
          "when column is an object literal"
        ]);
      normalizedColumns[i] = column;
    } else
      throw new CsvError("CSV_INVALID_COLUMN_DEFINITION", [
        "Invalid column definition:",
        "expect a string or a literal object,",
        `got ${JSON.stringify(column)} at position ${i}`
      ]);
  }
  return normalizedColumns;
};

// node_modules/csv-parse/lib/utils/ResizeableBuffer.js
var ResizeableBuffer = class {
  constructor(size = 100) {
    this.size = size, this.length = 0, this.buf = Buffer.allocUnsafe(size);
  }
  prepend(val) {
    if (Buffer.isBuffer(val)) {
      let length = this.length + val.length;
      if (length >= this.size && (this.resize(), length >= this.size))
        throw Error("INVALID_BUFFER_STATE");
      let buf = this.buf;
      this.buf = Buffer.allocUnsafe(this.size), val.copy(this.buf, 0), buf.copy(this.buf, val.length), this.length += val.length;
    } else {
      let length = this.length++;
      length === this.size && this.resize();
      let buf = this.clone();
      this.buf[0] = val, buf.copy(this.buf, 1, 0, length);
    }
  }
  append(val) {
    let length = this.length++;
    length === this.size && this.resize(), this.buf[length] = val;
  }
  clone() {
    return Buffer.from(this.buf.slice(0, this.length));
  }
  resize() {
    let length = this.length;
    this.size = this.size * 2;
    let buf = Buffer.allocUnsafe(this.size);
    this.buf.copy(buf, 0, 0, length), this.buf = buf;
  }
  toString(encoding) {
    return encoding ? this.buf.toString(encoding, 0, this.length) : Uint8Array.prototype.slice.call(this.buf.slice(0, this.length));
  }
  toJSON() {
    return this.toString("utf8");
  }
  reset() {
    this.length = 0;
  }
}, ResizeableBuffer_default = ResizeableBuffer;

// node_modules/csv-parse/lib/api/init_state.js
var init_state = function(options) {
  let timchars = [
    // Basic Latin
    32,
    // [Space](https://www.fileformat.info/info/unicode/char/0020/index.htm)
    9,
    // [CHARACTER TABULATION (HT)](https://www.fileformat.info/info/unicode/char/0009/index.htm)
    10,
    // [LINE FEED (LF)](https://www.fileformat.info/info/unicode/char/000a/index.htm)
    13,
    // [CARRIAGE RETURN (CR)](https://www.fileformat.info/info/unicode/char/000d/index.htm)
    12,
    // [FORM FEED (FF)](https://www.fileformat.info/info/unicode/char/000c/index.htm)
    11,
    // [LINE TABULATION (VT)](https://www.fileformat.info/info/unicode/char/000b/index.htm)
    // Latin-1 Supplement
    160,
    // [NO-BREAK SPACE (NBSP)](https://www.fileformat.info/info/unicode/char/00a0/index.htm)
    // Ogham
    5760,
    // [OGHAM SPACE MARK](https://www.fileformat.info/info/unicode/char/1680/index.htm)
    // General Punctuation
    8192,
    // [EN QUAD](https://www.fileformat.info/info/unicode/char/2000/index.htm)
    8193,
    // [EM QUAD](https://www.fileformat.info/info/unicode/char/2001/index.htm)
    8194,
    // [EN SPACE](https://www.fileformat.info/info/unicode/char/2002/index.htm)
    8195,
    // [EM SPACE](https://www.fileformat.info/info/unicode/char/2003/index.htm)
    8196,
    // [THREE-PER-EM SPACE](https://www.fileformat.info/info/unicode/char/2004/index.htm)
    8197,
    // [FOUR-PER-EM SPACE](https://www.fileformat.info/info/unicode/char/2005/index.htm)
    8198,
    // [SIX-PER-EM SPACE](https://www.fileformat.info/info/unicode/char/2006/index.htm)
    8199,
    // [FIGURE SPACE](https://www.fileformat.info/info/unicode/char/2007/index.htm)
    8200,
    // [PUNCTUATION SPACE](https://www.fileformat.info/info/unicode/char/2008/index.htm)
    8201,
    // [THIN SPACE](https://www.fileformat.info/info/unicode/char/2009/index.htm)
    8202,
    // [HAIR SPACE](https://www.fileformat.info/info/unicode/char/200a/index.htm)
    8232,
    // [LINE SEPARATOR](https://www.fileformat.info/info/unicode/char/2028/index.htm)
    8233,
    // [PARAGRAPH SEPARATOR](https://www.fileformat.info/info/unicode/char/2029/index.htm)
    8239,
    // [NARROW NO-BREAK SPACE (NNBSP)](https://www.fileformat.info/info/unicode/char/202f/index.htm)
    8287,
    // [MEDIUM MATHEMATICAL SPACE (MMSP)](https://www.fileformat.info/info/unicode/char/205f/index.htm)
    12288,
    // [IDEOGRAPHIC SPACE](https://www.fileformat.info/info/unicode/char/3000/index.htm)
    65279
    // [ZERO WIDTH NO-BREAK SPACE (BOM)](https://www.fileformat.info/info/unicode/char/feff/index.htm)
  ].reduce((acc, codepoint) => {
    let encoded = Buffer.from(
      String.fromCharCode(codepoint),
      options.encoding
    );
    return codepoint !== 63 && encoded.length === 1 && encoded[0] === 63 || acc.push(encoded), acc;
  }, []), timcharFirstBytes = new Uint8Array(256);
  for (let t of timchars) timcharFirstBytes[t[0]] = 1;
  return {
    bomSkipped: !1,
    bufBytesStart: 0,
    castField: options.cast_function,
    commenting: !1,
    delimiterBufPrevious: void 0,
    delimiterDiscovered: !1,
    // Current error encountered by a record
    error: void 0,
    enabled: options.from_line === 1,
    escaping: !1,
    escapeIsQuote: Buffer.isBuffer(options.escape) && Buffer.isBuffer(options.quote) && Buffer.compare(options.escape, options.quote) === 0,
    // columns can be `false`, `true`, `Array`
    expectedRecordLength: Array.isArray(options.columns) ? options.columns.length : void 0,
    field: new ResizeableBuffer_default(20),
    firstLineToHeaders: options.cast_first_line_to_header,
    needMoreDataSize: Math.max(
      // Skip if the remaining buffer smaller than comment
      options.comment !== null ? options.comment.length : 0,
      ...options.delimiter ? options.delimiter.map((delimiter) => delimiter.length) : [],
      // Auto discovery of delimiter is limited to 1 character
      options.delimiter_auto ? 1 : 0,
      // Skip if the remaining buffer can be escape sequence
      options.quote !== null ? options.quote.length : 0,
      ...timchars.map((t) => t.length)
    ),
    previousBuf: void 0,
    quoting: !1,
    stop: !1,
    rawBuffer: new ResizeableBuffer_default(100),
    record: [],
    recordHasError: !1,
    record_length: 0,
    recordDelimiterMaxLength: options.record_delimiter.length === 0 ? 0 : Math.max(...options.record_delimiter.map((v) => v.length)),
    trimChars: [
      Buffer.from(" ", options.encoding)[0],
      Buffer.from("	", options.encoding)[0]
    ],
    wasQuoting: !1,
    wasRowDelimiter: !1,
    timchars,
    timcharFirstBytes
  };
};

// node_modules/csv-parse/lib/utils/underscore.js
var underscore = function(str) {
  return str.replace(/([A-Z])/g, function(_, match) {
    return "_" + match.toLowerCase();
  });
};

// node_modules/csv-parse/lib/api/normalize_options.js
var normalize_options = function(opts) {
  let options = {};
  for (let opt in opts)
    options[underscore(opt)] = opts[opt];
  if (options.encoding === void 0 || options.encoding === !0)
    options.encoding = "utf8";
  else if (options.encoding === null || options.encoding === !1)
    options.encoding = null;
  else if (typeof options.encoding != "string" && options.encoding !== null)
    throw new CsvError(
      "CSV_INVALID_OPTION_ENCODING",
      [
        "Invalid option encoding:",
        "encoding must be a string or null to return a buffer,",
        `got ${JSON.stringify(options.encoding)}`
      ],
      options
    );
  if (options.bom === void 0 || options.bom === null || options.bom === !1)
    options.bom = !1;
  else if (options.bom !== !0)
    throw new CsvError(
      "CSV_INVALID_OPTION_BOM",
      [
        "Invalid option bom:",
        "bom must be true,",
        `got ${JSON.stringify(options.bom)}`
      ],
      options
    );
  if (options.cast_function = null, options.cast === void 0 || options.cast === null || options.cast === !1 || options.cast === "")
    options.cast = void 0;
  else if (typeof options.cast == "function")
    options.cast_function = options.cast, options.cast = !0;
  else if (options.cast !== !0)
    throw new CsvError(
      "CSV_INVALID_OPTION_CAST",
      [
        "Invalid option cast:",
        "cast must be true or a function,",
        `got ${JSON.stringify(options.cast)}`
      ],
      options
    );
  if (options.cast_date === void 0 || options.cast_date === null || options.cast_date === !1 || options.cast_date === "")
    options.cast_date = !1;
  else if (options.cast_date === !0)
    options.cast_date = function(value) {
      let date = Date.parse(value);
      return isNaN(date) ? value : new Date(date);
    };
  else if (typeof options.cast_date != "function")
    throw new CsvError(
      "CSV_INVALID_OPTION_CAST_DATE",
      [
        "Invalid option cast_date:",
        "cast_date must be true or a function,",
        `got ${JSON.stringify(options.cast_date)}`
      ],
      options
    );
  if (options.cast_first_line_to_header = void 0, options.columns === !0)
    options.cast_first_line_to_header = void 0;
  else if (typeof options.columns == "function")
    options.cast_first_line_to_header = options.columns, options.columns = !0;
  else if (Array.isArray(options.columns))
    options.columns = normalize_columns_array(options.columns);
  else if (options.columns === void 0 || options.columns === null || options.columns === !1)
    options.columns = !1;
  else
    throw new CsvError(
      "CSV_INVALID_OPTION_COLUMNS",
      [
        "Invalid option columns:",
        "expect an array, a function or true,",
        `got ${JSON.stringify(options.columns)}`
      ],
      options
    );
  if (options.group_columns_by_name === void 0 || options.group_columns_by_name === null || options.group_columns_by_name === !1)
    options.group_columns_by_name = !1;
  else {
    if (options.group_columns_by_name !== !0)
      throw new CsvError(
        "CSV_INVALID_OPTION_GROUP_COLUMNS_BY_NAME",
        [
          "Invalid option group_columns_by_name:",
          "expect an boolean,",
          `got ${JSON.stringify(options.group_columns_by_name)}`
        ],
        options
      );
    if (options.columns === !1)
      throw new CsvError(
        "CSV_INVALID_OPTION_GROUP_COLUMNS_BY_NAME",
        [
          "Invalid option group_columns_by_name:",
          "the `columns` mode must be activated."
        ],
        options
      );
  }
  if (options.comment === void 0 || options.comment === null || options.comment === !1 || options.comment === "")
    options.comment = null;
  else if (typeof options.comment == "string" && (options.comment = Buffer.from(options.comment, options.encoding)), !Buffer.isBuffer(options.comment))
    throw new CsvError(
      "CSV_INVALID_OPTION_COMMENT",
      [
        "Invalid option comment:",
        "comment must be a buffer or a string,",
        `got ${JSON.stringify(options.comment)}`
      ],
      options
    );
  if (options.comment_no_infix === void 0 || options.comment_no_infix === null || options.comment_no_infix === !1)
    options.comment_no_infix = !1;
  else if (options.comment_no_infix !== !0)
    throw new CsvError(
      "CSV_INVALID_OPTION_COMMENT",
      [
        "Invalid option comment_no_infix:",
        "value must be a boolean,",
        `got ${JSON.stringify(options.comment_no_infix)}`
      ],
      options
    );
  if (options.delimiter_auto === void 0 || options.delimiter_auto === null || options.delimiter_auto === !1)
    options.delimiter_auto = !1;
  else if (options.delimiter_auto === !0)
    options.delimiter_auto = {};
  else if (!is_object(options.delimiter_auto))
    throw new CsvError(
      "CSV_INVALID_OPTION_DELIMITER_AUTO",
      [
        "Invalid option delimiter_auto:",
        "delimiter_auto must be a boolean or a configuration object,",
        `got ${JSON.stringify(options.delimiter_auto)}`
      ],
      options
    );
  if (options.delimiter_auto) {
    if (options.delimiter_auto.preferred === void 0)
      options.delimiter_auto.preferred = {
        44: 1.8,
        9: 1.8,
        59: 1.6,
        32: 1.6,
        58: 1.5,
        46: 1.4,
        47: 1.4
      };
    else if (!is_object(options.delimiter_auto.preferred))
      throw new CsvError(
        "CSV_INVALID_OPTION_DELIMITER_AUTO",
        [
          "Invalid option delimiter_auto:",
          "preferred must be an object,",
          `got ${JSON.stringify(options.delimiter_auto.preferred)}`
        ],
        options
      );
    if (options.delimiter_auto.score === void 0)
      options.delimiter_auto.score = (info, options2) => (info.total - info.std) * (options2.preferred[info.char_code] || 1);
    else if (typeof options.delimiter_auto.score != "function")
      throw new CsvError(
        "CSV_INVALID_OPTION_DELIMITER_AUTO",
        [
          "Invalid option delimiter_auto:",
          "score must be a function,",
          `got ${JSON.stringify(options.delimiter_auto.score)}`
        ],
        options
      );
    if (options.delimiter_auto.size === void 0)
      options.delimiter_auto.size = 2048;
    else if (typeof options.delimiter_auto.size != "number")
      throw new CsvError(
        "CSV_INVALID_OPTION_DELIMITER_AUTO",
        [
          "Invalid option delimiter_auto:",
          "size must be a number,",
          `got ${JSON.stringify(options.delimiter_auto.size)}`
        ],
        options
      );
  }
  let delimiter_json = JSON.stringify(options.delimiter);
  if (options.delimiter_auto !== !1 && (options.delimiter = []), Array.isArray(options.delimiter) || ((options.delimiter === void 0 || options.delimiter === null || options.delimiter === !1) && (options.delimiter = Buffer.from(",", options.encoding)), options.delimiter = [options.delimiter]), options.delimiter = options.delimiter.map(function(delimiter) {
    if (typeof delimiter == "string" && (delimiter = Buffer.from(delimiter, options.encoding)), !Buffer.isBuffer(delimiter) || delimiter.length === 0)
      throw new CsvError(
        "CSV_INVALID_OPTION_DELIMITER",
        [
          "Invalid option delimiter:",
          "delimiter must be a non empty string or buffer or array of string|buffer,",
          `got ${delimiter_json}`
        ],
        options
      );
    return delimiter;
  }), options.escape === void 0 || options.escape === !0 ? options.escape = Buffer.from('"', options.encoding) : typeof options.escape == "string" ? options.escape = Buffer.from(options.escape, options.encoding) : (options.escape === null || options.escape === !1) && (options.escape = null), options.escape !== null && !Buffer.isBuffer(options.escape))
    throw new Error(
      `Invalid Option: escape must be a buffer, a string or a boolean, got ${JSON.stringify(options.escape)}`
    );
  if (options.from === void 0 || options.from === null)
    options.from = 1;
  else if (typeof options.from == "string" && /\d+/.test(options.from) && (options.from = parseInt(options.from)), Number.isInteger(options.from)) {
    if (options.from < 0)
      throw new Error(
        `Invalid Option: from must be a positive integer, got ${JSON.stringify(opts.from)}`
      );
  } else
    throw new Error(
      `Invalid Option: from must be an integer, got ${JSON.stringify(options.from)}`
    );
  if (options.from_line === void 0 || options.from_line === null)
    options.from_line = 1;
  else if (typeof options.from_line == "string" && /\d+/.test(options.from_line) && (options.from_line = parseInt(options.from_line)), Number.isInteger(options.from_line)) {
    if (options.from_line <= 0)
      throw new Error(
        `Invalid Option: from_line must be a positive integer greater than 0, got ${JSON.stringify(opts.from_line)}`
      );
  } else
    throw new Error(
      `Invalid Option: from_line must be an integer, got ${JSON.stringify(opts.from_line)}`
    );
  if (options.ignore_last_delimiters === void 0 || options.ignore_last_delimiters === null)
    options.ignore_last_delimiters = !1;
  else if (typeof options.ignore_last_delimiters == "number")
    options.ignore_last_delimiters = Math.floor(options.ignore_last_delimiters), options.ignore_last_delimiters === 0 && (options.ignore_last_delimiters = !1);
  else if (typeof options.ignore_last_delimiters != "boolean")
    throw new CsvError(
      "CSV_INVALID_OPTION_IGNORE_LAST_DELIMITERS",
      [
        "Invalid option `ignore_last_delimiters`:",
        "the value must be a boolean value or an integer,",
        `got ${JSON.stringify(options.ignore_last_delimiters)}`
      ],
      options
    );
  if (options.ignore_last_delimiters === !0 && options.columns === !1)
    throw new CsvError(
      "CSV_IGNORE_LAST_DELIMITERS_REQUIRES_COLUMNS",
      [
        "The option `ignore_last_delimiters`",
        "requires the activation of the `columns` option"
      ],
      options
    );
  if (options.info === void 0 || options.info === null || options.info === !1)
    options.info = !1;
  else if (options.info !== !0)
    throw new Error(
      `Invalid Option: info must be true, got ${JSON.stringify(options.info)}`
    );
  if (options.max_record_size === void 0 || options.max_record_size === null || options.max_record_size === !1)
    options.max_record_size = 0;
  else if (!(Number.isInteger(options.max_record_size) && options.max_record_size >= 0))
    if (typeof options.max_record_size == "string" && /\d+/.test(options.max_record_size))
      options.max_record_size = parseInt(options.max_record_size);
    else
      throw new Error(
        `Invalid Option: max_record_size must be a positive integer, got ${JSON.stringify(options.max_record_size)}`
      );
  if (options.objname === void 0 || options.objname === null || options.objname === !1)
    options.objname = void 0;
  else if (Buffer.isBuffer(options.objname)) {
    if (options.objname.length === 0)
      throw new Error("Invalid Option: objname must be a non empty buffer");
    options.encoding === null || (options.objname = options.objname.toString(options.encoding));
  } else if (typeof options.objname == "string") {
    if (options.objname.length === 0)
      throw new Error("Invalid Option: objname must be a non empty string");
  } else if (typeof options.objname != "number")
    throw new Error(
      `Invalid Option: objname must be a string or a buffer, got ${options.objname}`
    );
  if (options.objname !== void 0) {
    if (typeof options.objname == "number") {
      if (options.columns !== !1)
        throw Error(
          "Invalid Option: objname index cannot be combined with columns or be defined as a field"
        );
    } else if (options.columns === !1)
      throw Error(
        "Invalid Option: objname field must be combined with columns or be defined as an index"
      );
  }
  if (options.on_record === void 0 || options.on_record === null)
    options.on_record = void 0;
  else if (typeof options.on_record != "function")
    throw new CsvError(
      "CSV_INVALID_OPTION_ON_RECORD",
      [
        "Invalid option `on_record`:",
        "expect a function,",
        `got ${JSON.stringify(options.on_record)}`
      ],
      options
    );
  if (options.on_skip !== void 0 && options.on_skip !== null && typeof options.on_skip != "function")
    throw new Error(
      `Invalid Option: on_skip must be a function, got ${JSON.stringify(options.on_skip)}`
    );
  if (options.quote === null || options.quote === !1 || options.quote === "")
    options.quote = null;
  else if (options.quote === void 0 || options.quote === !0 ? options.quote = Buffer.from('"', options.encoding) : typeof options.quote == "string" && (options.quote = Buffer.from(options.quote, options.encoding)), !Buffer.isBuffer(options.quote))
    throw new Error(
      `Invalid Option: quote must be a buffer or a string, got ${JSON.stringify(options.quote)}`
    );
  if (options.raw === void 0 || options.raw === null || options.raw === !1)
    options.raw = !1;
  else if (options.raw !== !0)
    throw new Error(
      `Invalid Option: raw must be true, got ${JSON.stringify(options.raw)}`
    );
  if (options.record_delimiter === void 0)
    options.record_delimiter = [];
  else if (typeof options.record_delimiter == "string" || Buffer.isBuffer(options.record_delimiter)) {
    if (options.record_delimiter.length === 0)
      throw new CsvError(
        "CSV_INVALID_OPTION_RECORD_DELIMITER",
        [
          "Invalid option `record_delimiter`:",
          "value must be a non empty string or buffer,",
          `got ${JSON.stringify(options.record_delimiter)}`
        ],
        options
      );
    options.record_delimiter = [options.record_delimiter];
  } else if (!Array.isArray(options.record_delimiter))
    throw new CsvError(
      "CSV_INVALID_OPTION_RECORD_DELIMITER",
      [
        "Invalid option `record_delimiter`:",
        "value must be a string, a buffer or array of string|buffer,",
        `got ${JSON.stringify(options.record_delimiter)}`
      ],
      options
    );
  if (options.record_delimiter = options.record_delimiter.map(function(rd, i) {
    if (typeof rd != "string" && !Buffer.isBuffer(rd))
      throw new CsvError(
        "CSV_INVALID_OPTION_RECORD_DELIMITER",
        [
          "Invalid option `record_delimiter`:",
          "value must be a string, a buffer or array of string|buffer",
          `at index ${i},`,
          `got ${JSON.stringify(rd)}`
        ],
        options
      );
    if (rd.length === 0)
      throw new CsvError(
        "CSV_INVALID_OPTION_RECORD_DELIMITER",
        [
          "Invalid option `record_delimiter`:",
          "value must be a non empty string or buffer",
          `at index ${i},`,
          `got ${JSON.stringify(rd)}`
        ],
        options
      );
    return typeof rd == "string" && (rd = Buffer.from(rd, options.encoding)), rd;
  }), typeof options.relax_column_count != "boolean")
    if (options.relax_column_count === void 0 || options.relax_column_count === null)
      options.relax_column_count = !1;
    else
      throw new Error(
        `Invalid Option: relax_column_count must be a boolean, got ${JSON.stringify(options.relax_column_count)}`
      );
  if (typeof options.relax_column_count_less != "boolean")
    if (options.relax_column_count_less === void 0 || options.relax_column_count_less === null)
      options.relax_column_count_less = !1;
    else
      throw new Error(
        `Invalid Option: relax_column_count_less must be a boolean, got ${JSON.stringify(options.relax_column_count_less)}`
      );
  if (typeof options.relax_column_count_more != "boolean")
    if (options.relax_column_count_more === void 0 || options.relax_column_count_more === null)
      options.relax_column_count_more = !1;
    else
      throw new Error(
        `Invalid Option: relax_column_count_more must be a boolean, got ${JSON.stringify(options.relax_column_count_more)}`
      );
  if (typeof options.relax_quotes != "boolean")
    if (options.relax_quotes === void 0 || options.relax_quotes === null)
      options.relax_quotes = !1;
    else
      throw new Error(
        `Invalid Option: relax_quotes must be a boolean, got ${JSON.stringify(options.relax_quotes)}`
      );
  if (typeof options.skip_empty_lines != "boolean")
    if (options.skip_empty_lines === void 0 || options.skip_empty_lines === null)
      options.skip_empty_lines = !1;
    else
      throw new Error(
        `Invalid Option: skip_empty_lines must be a boolean, got ${JSON.stringify(options.skip_empty_lines)}`
      );
  if (typeof options.skip_records_with_empty_values != "boolean")
    if (options.skip_records_with_empty_values === void 0 || options.skip_records_with_empty_values === null)
      options.skip_records_with_empty_values = !1;
    else
      throw new Error(
        `Invalid Option: skip_records_with_empty_values must be a boolean, got ${JSON.stringify(options.skip_records_with_empty_values)}`
      );
  if (typeof options.skip_records_with_error != "boolean")
    if (options.skip_records_with_error === void 0 || options.skip_records_with_error === null)
      options.skip_records_with_error = !1;
    else
      throw new Error(
        `Invalid Option: skip_records_with_error must be a boolean, got ${JSON.stringify(options.skip_records_with_error)}`
      );
  if (options.rtrim === void 0 || options.rtrim === null || options.rtrim === !1)
    options.rtrim = !1;
  else if (options.rtrim !== !0)
    throw new Error(
      `Invalid Option: rtrim must be a boolean, got ${JSON.stringify(options.rtrim)}`
    );
  if (options.ltrim === void 0 || options.ltrim === null || options.ltrim === !1)
    options.ltrim = !1;
  else if (options.ltrim !== !0)
    throw new Error(
      `Invalid Option: ltrim must be a boolean, got ${JSON.stringify(options.ltrim)}`
    );
  if (options.trim === void 0 || options.trim === null || options.trim === !1)
    options.trim = !1;
  else if (options.trim !== !0)
    throw new Error(
      `Invalid Option: trim must be a boolean, got ${JSON.stringify(options.trim)}`
    );
  if (options.trim === !0 && opts.ltrim !== !1 ? options.ltrim = !0 : options.ltrim !== !0 && (options.ltrim = !1), options.trim === !0 && opts.rtrim !== !1 ? options.rtrim = !0 : options.rtrim !== !0 && (options.rtrim = !1), options.to === void 0 || options.to === null)
    options.to = -1;
  else if (options.to !== -1)
    if (typeof options.to == "string" && /\d+/.test(options.to) && (options.to = parseInt(options.to)), Number.isInteger(options.to)) {
      if (options.to <= 0)
        throw new Error(
          `Invalid Option: to must be a positive integer greater than 0, got ${JSON.stringify(opts.to)}`
        );
    } else
      throw new Error(
        `Invalid Option: to must be an integer, got ${JSON.stringify(opts.to)}`
      );
  if (options.to_line === void 0 || options.to_line === null)
    options.to_line = -1;
  else if (options.to_line !== -1)
    if (typeof options.to_line == "string" && /\d+/.test(options.to_line) && (options.to_line = parseInt(options.to_line)), Number.isInteger(options.to_line)) {
      if (options.to_line <= 0)
        throw new Error(
          `Invalid Option: to_line must be a positive integer greater than 0, got ${JSON.stringify(opts.to_line)}`
        );
    } else
      throw new Error(
        `Invalid Option: to_line must be an integer, got ${JSON.stringify(opts.to_line)}`
      );
  return options;
};

// node_modules/csv-parse/lib/utils/delimiter_discover.js
var delimiter_discover = function(records, options) {
  options || ({ delimiter_auto: options } = normalize_options({ delimiter_auto: !0 })), typeof records == "string" && (records = Buffer.from(records)), Buffer.isBuffer(records) && (records = ((data) => {
    let records2 = [], parser = transform({ delimiter: [] }), push = (record) => records2.push(record), close = () => {
    }, error = parser.parse(data, !0, push, close);
    if (error !== void 0) throw error;
    return records2;
  })(records));
  let info = Array(127).fill().map(() => ({ lines: [] }));
  records.map(([record], line) => {
    for (let i = 0, l = record.length; i < l; i++) {
      let code = record.charCodeAt(i);
      info[code].lines[line] === void 0 && (info[code].lines[line] = 0), info[code].lines[line]++;
    }
  }), info.map((info2, i) => {
    info2.char_code = i, info2.std = std(info2.lines), info2.total = info2.lines.reduce((acc, val) => acc + val, 0), info2.preferred = !!options.preferred[i], info2.score = options.score(info2, options);
  });
  let result = info.reduce(
    (acc, info2) => acc.score > info2.score ? acc : info2,
    {}
  );
  return String.fromCharCode(result.char_code);
}, std = function(array) {
  let n = array.length;
  if (n === 0) return 0;
  let mean = array.reduce((a, b) => a + b) / n;
  return Math.sqrt(
    array.map((x) => Math.pow(x - mean, 2)).reduce((a, b) => a + b) / n
  );
};

// node_modules/csv-parse/lib/api/index.js
var isRecordEmpty = function(record) {
  return record.every(
    (field) => field == null || field.toString && field.toString().trim() === ""
  );
}, cr = 13, nl = 10, boms = {
  // Note, the following are equals:
  // Buffer.from("\ufeff")
  // Buffer.from([239, 187, 191])
  // Buffer.from('EFBBBF', 'hex')
  utf8: Buffer.from([239, 187, 191]),
  // Note, the following are equals:
  // Buffer.from "\ufeff", 'utf16le
  // Buffer.from([255, 254])
  utf16le: Buffer.from([255, 254])
}, transform = function(original_options = {}) {
  let info = {
    bytes: 0,
    bytes_records: 0,
    comment_lines: 0,
    empty_lines: 0,
    invalid_field_length: 0,
    lines: 1,
    records: 0
  }, options = normalize_options(original_options);
  return {
    info,
    original_options,
    options,
    state: init_state(options),
    __needMoreData: function(i, bufLen, end) {
      if (end) return !1;
      let { encoding, escape, quote } = this.options, { quoting, needMoreDataSize, recordDelimiterMaxLength } = this.state, numOfCharLeft = bufLen - i - 1, requiredLength = Math.max(
        needMoreDataSize,
        // Skip if the remaining buffer smaller than record delimiter
        // If "record_delimiter" is yet to be discovered:
        // 1. It is equals to `[]` and "recordDelimiterMaxLength" equals `0`
        // 2. We set the length to windows line ending in the current encoding
        // Note, that encoding is known from user or bom discovery at that point
        // recordDelimiterMaxLength,
        recordDelimiterMaxLength === 0 ? Buffer.from(`\r
`, encoding).length : recordDelimiterMaxLength,
        // Skip if remaining buffer can be an escaped quote
        quoting ? (escape === null ? 0 : escape.length) + quote.length : 0,
        // Skip if remaining buffer can be record delimiter following the closing quote
        quoting ? quote.length + recordDelimiterMaxLength : 0
      );
      return numOfCharLeft < requiredLength;
    },
    // Central parser implementation
    parse: function(nextBuf, end, push, close) {
      let {
        bom,
        comment_no_infix,
        delimiter_auto,
        encoding,
        from_line,
        ltrim,
        max_record_size,
        raw,
        relax_quotes,
        rtrim,
        skip_empty_lines,
        to,
        to_line
      } = this.options, { comment, escape, quote, record_delimiter } = this.options, {
        bomSkipped,
        delimiterDiscovered,
        delimiterBufPrevious,
        rawBuffer,
        escapeIsQuote
      } = this.state;
      if (!delimiterDiscovered && delimiter_auto) {
        let delimiterBuf;
        if (delimiterBufPrevious === void 0 ? delimiterBuf = nextBuf : delimiterBufPrevious !== void 0 && nextBuf === void 0 ? delimiterBuf = delimiterBufPrevious : delimiterBuf = Buffer.concat([delimiterBufPrevious, nextBuf]), nextBuf = void 0, end || delimiterBuf.length > delimiter_auto.size)
          this.options.delimiter = [
            Buffer.from(
              delimiter_discover(delimiterBuf, this.options.delimiter_auto)
            )
          ], this.state.previousBuf = delimiterBuf, this.state.delimiterBufPrevious = void 0, this.state.delimiterDiscovered = !0;
        else {
          this.state.delimiterBufPrevious = delimiterBuf;
          return;
        }
      }
      let { previousBuf } = this.state, buf;
      if (previousBuf === void 0)
        if (nextBuf === void 0) {
          close();
          return;
        } else
          buf = nextBuf;
      else previousBuf !== void 0 && nextBuf === void 0 ? buf = previousBuf : buf = Buffer.concat([previousBuf, nextBuf]);
      if (bomSkipped === !1)
        if (bom === !1)
          this.state.bomSkipped = !0;
        else if (buf.length < 3) {
          if (end === !1) {
            this.state.previousBuf = buf;
            return;
          }
        } else {
          for (let encoding2 in boms)
            if (boms[encoding2].compare(buf, 0, boms[encoding2].length) === 0) {
              let bomLength = boms[encoding2].length;
              this.state.bufBytesStart += bomLength, buf = buf.slice(bomLength);
              let options2 = normalize_options({
                ...this.original_options,
                encoding: encoding2
              });
              for (let key in options2)
                this.options[key] = options2[key];
              ({ comment, escape, quote } = this.options);
              break;
            }
          this.state.bomSkipped = !0;
        }
      let bufLen = buf.length, pos;
      for (pos = 0; pos < bufLen && !this.__needMoreData(pos, bufLen, end); pos++) {
        if (this.state.wasRowDelimiter === !0 && (this.info.lines++, this.state.wasRowDelimiter = !1), to_line !== -1 && this.info.lines > to_line) {
          this.state.stop = !0, close();
          return;
        }
        this.state.quoting === !1 && record_delimiter.length === 0 && this.__autoDiscoverRecordDelimiter(
          buf,
          pos
        ) && (record_delimiter = this.options.record_delimiter);
        let chr = buf[pos];
        if (raw === !0 && rawBuffer.append(chr), (chr === cr || chr === nl) && this.state.wasRowDelimiter === !1 && (this.state.wasRowDelimiter = !0), this.state.escaping === !0)
          this.state.escaping = !1;
        else {
          if (escape !== null && this.state.quoting === !0 && this.__isEscape(buf, pos, chr) && pos + escape.length < bufLen)
            if (escapeIsQuote) {
              if (this.__isQuote(buf, pos + escape.length)) {
                this.state.escaping = !0, pos += escape.length - 1;
                continue;
              }
            } else {
              this.state.escaping = !0, pos += escape.length - 1;
              continue;
            }
          if (this.state.commenting === !1 && this.__isQuote(buf, pos))
            if (this.state.quoting === !0) {
              let nextChr = buf[pos + quote.length], isNextChrTrimable = rtrim && this.__isCharTrimable(buf, pos + quote.length), isNextChrComment = comment !== null && this.__compareBytes(comment, buf, pos + quote.length, nextChr), isNextChrDelimiter = this.__isDelimiter(
                buf,
                pos + quote.length,
                nextChr
              ), isNextChrRecordDelimiter = record_delimiter.length === 0 ? this.__autoDiscoverRecordDelimiter(buf, pos + quote.length) : this.__isRecordDelimiter(nextChr, buf, pos + quote.length);
              if (escape !== null && this.__isEscape(buf, pos, chr) && this.__isQuote(buf, pos + escape.length))
                pos += escape.length - 1;
              else if (!nextChr || isNextChrDelimiter || isNextChrRecordDelimiter || isNextChrComment || isNextChrTrimable) {
                this.state.quoting = !1, this.state.wasQuoting = !0, pos += quote.length - 1;
                continue;
              } else if (relax_quotes === !1) {
                let err = this.__error(
                  new CsvError(
                    "CSV_INVALID_CLOSING_QUOTE",
                    [
                      "Invalid Closing Quote:",
                      `got "${String.fromCharCode(nextChr)}"`,
                      `at line ${this.info.lines}`,
                      "instead of delimiter, record delimiter, trimable character",
                      "(if activated) or comment"
                    ],
                    this.options,
                    this.__infoField()
                  )
                );
                if (err !== void 0) return err;
              } else
                this.state.quoting = !1, this.state.wasQuoting = !0, this.state.field.prepend(quote), pos += quote.length - 1;
            } else if (this.state.field.length !== 0) {
              if (relax_quotes === !1) {
                let info2 = this.__infoField(), bom2 = Object.keys(boms).map(
                  (b) => boms[b].equals(this.state.field.toString()) ? b : !1
                ).filter(Boolean)[0], err = this.__error(
                  new CsvError(
                    "INVALID_OPENING_QUOTE",
                    [
                      "Invalid Opening Quote:",
                      `a quote is found on field ${JSON.stringify(info2.column)} at line ${info2.lines}, value is ${JSON.stringify(this.state.field.toString(encoding))}`,
                      bom2 ? `(${bom2} bom)` : void 0
                    ],
                    this.options,
                    info2,
                    {
                      field: this.state.field
                    }
                  )
                );
                if (err !== void 0) return err;
              }
            } else {
              this.state.quoting = !0, pos += quote.length - 1;
              continue;
            }
          if (this.state.quoting === !1) {
            let recordDelimiterLength = this.__isRecordDelimiter(
              chr,
              buf,
              pos
            );
            if (recordDelimiterLength !== 0) {
              if (this.state.commenting && this.state.wasQuoting === !1 && this.state.record.length === 0 && this.state.field.length === 0)
                this.info.comment_lines++;
              else {
                if (this.state.enabled === !1 && this.info.lines + (this.state.wasRowDelimiter === !0 ? 1 : 0) >= from_line) {
                  this.state.enabled = !0, this.__resetField(), this.__resetRecord(), pos += recordDelimiterLength - 1;
                  continue;
                }
                if (skip_empty_lines === !0 && this.state.wasQuoting === !1 && this.state.record.length === 0 && this.state.field.length === 0) {
                  this.info.empty_lines++, pos += recordDelimiterLength - 1;
                  continue;
                }
                this.info.bytes = this.state.bufBytesStart + pos;
                let errField = this.__onField();
                if (errField !== void 0) return errField;
                this.info.bytes = this.state.bufBytesStart + pos + recordDelimiterLength;
                let errRecord = this.__onRecord(push);
                if (errRecord !== void 0) return errRecord;
                if (to !== -1 && this.info.records >= to) {
                  this.state.stop = !0, close();
                  return;
                }
              }
              this.state.commenting = !1, pos += recordDelimiterLength - 1;
              continue;
            }
            if (this.state.commenting)
              continue;
            if (comment !== null && (comment_no_infix === !1 || this.state.record.length === 0 && this.state.field.length === 0) && this.__compareBytes(comment, buf, pos, chr) !== 0) {
              this.state.commenting = !0;
              continue;
            }
            let delimiterLength = this.__isDelimiter(buf, pos, chr);
            if (delimiterLength !== 0) {
              this.info.bytes = this.state.bufBytesStart + pos;
              let errField = this.__onField();
              if (errField !== void 0) return errField;
              pos += delimiterLength - 1;
              continue;
            }
          }
        }
        if (this.state.commenting === !1 && max_record_size !== 0 && this.state.record_length + this.state.field.length > max_record_size)
          return this.__error(
            new CsvError(
              "CSV_MAX_RECORD_SIZE",
              [
                "Max Record Size:",
                "record exceed the maximum number of tolerated bytes",
                `of ${max_record_size}`,
                `at line ${this.info.lines}`
              ],
              this.options,
              this.__infoField()
            )
          );
        let lappend = ltrim === !1 || this.state.quoting === !0 || this.state.field.length !== 0 || !this.__isCharTrimable(buf, pos), rappend = rtrim === !1 || this.state.wasQuoting === !1;
        if (lappend === !0 && rappend === !0)
          this.state.field.append(chr);
        else {
          if (rtrim === !0 && !this.__isCharTrimable(buf, pos))
            return this.__error(
              new CsvError(
                "CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE",
                [
                  "Invalid Closing Quote:",
                  "found non trimable byte after quote",
                  `at line ${this.info.lines}`
                ],
                this.options,
                this.__infoField()
              )
            );
          lappend === !1 && (pos += this.__isCharTrimable(buf, pos) - 1);
          continue;
        }
      }
      if (end === !0)
        if (this.state.quoting === !0) {
          let err = this.__error(
            new CsvError(
              "CSV_QUOTE_NOT_CLOSED",
              [
                "Quote Not Closed:",
                `the parsing is finished with an opening quote at line ${this.info.lines}`
              ],
              this.options,
              this.__infoField()
            )
          );
          if (err !== void 0) return err;
        } else if (this.state.wasQuoting === !0 || this.state.record.length !== 0 || this.state.field.length !== 0) {
          this.info.bytes = this.state.bufBytesStart + pos;
          let errField = this.__onField();
          if (errField !== void 0) return errField;
          let errRecord = this.__onRecord(push);
          if (errRecord !== void 0) return errRecord;
        } else this.state.wasRowDelimiter === !0 ? this.info.empty_lines++ : this.state.commenting === !0 && this.info.comment_lines++;
      else
        this.state.bufBytesStart += pos, this.state.previousBuf = buf.slice(pos);
      this.state.wasRowDelimiter === !0 && (this.info.lines++, this.state.wasRowDelimiter = !1);
    },
    __onRecord: function(push) {
      let {
        columns,
        group_columns_by_name,
        encoding,
        info: info2,
        from,
        relax_column_count,
        relax_column_count_less,
        relax_column_count_more,
        raw,
        skip_records_with_empty_values
      } = this.options, { enabled, record } = this.state;
      if (enabled === !1)
        return this.__resetRecord();
      let recordLength = record.length;
      if (columns === !0) {
        if (skip_records_with_empty_values === !0 && isRecordEmpty(record)) {
          this.__resetRecord();
          return;
        }
        return this.__firstLineToColumns(record);
      }
      if (columns === !1 && this.info.records === 0 && (this.state.expectedRecordLength = recordLength), recordLength !== this.state.expectedRecordLength) {
        let err = columns === !1 ? new CsvError(
          "CSV_RECORD_INCONSISTENT_FIELDS_LENGTH",
          [
            "Invalid Record Length:",
            `expect ${this.state.expectedRecordLength},`,
            `got ${recordLength} on line ${this.info.lines}`
          ],
          this.options,
          this.__infoField(),
          {
            record
          }
        ) : new CsvError(
          "CSV_RECORD_INCONSISTENT_COLUMNS",
          [
            "Invalid Record Length:",
            `columns length is ${columns.length},`,
            // rename columns
            `got ${recordLength} on line ${this.info.lines}`
          ],
          this.options,
          this.__infoField(),
          {
            record
          }
        );
        if (relax_column_count === !0 || relax_column_count_less === !0 && recordLength < this.state.expectedRecordLength || relax_column_count_more === !0 && recordLength > this.state.expectedRecordLength)
          this.info.invalid_field_length++, this.state.error = err;
        else {
          let finalErr = this.__error(err);
          if (finalErr) return finalErr;
        }
      }
      if (skip_records_with_empty_values === !0 && isRecordEmpty(record)) {
        this.__resetRecord();
        return;
      }
      if (this.state.recordHasError === !0) {
        this.__resetRecord(), this.state.recordHasError = !1;
        return;
      }
      if (this.info.records++, from === 1 || this.info.records >= from) {
        let { objname } = this.options;
        if (columns !== !1) {
          let obj = {};
          for (let i = 0, l = record.length; i < l; i++)
            columns[i] === void 0 || columns[i].disabled || (group_columns_by_name === !0 && Object.hasOwn(obj, columns[i].name) ? Array.isArray(obj[columns[i].name]) ? obj[columns[i].name] = obj[columns[i].name].concat(record[i]) : obj[columns[i].name] = [obj[columns[i].name], record[i]] : Object.defineProperty(obj, columns[i].name, {
              value: record[i],
              enumerable: !0,
              writable: !0,
              configurable: !0
            }));
          if (raw === !0 || info2 === !0) {
            let extRecord = Object.assign(
              { record: obj },
              raw === !0 ? { raw: this.state.rawBuffer.toString(encoding) } : {},
              info2 === !0 ? { info: this.__infoRecord() } : {}
            ), err = this.__push(
              objname === void 0 ? extRecord : [obj[objname], extRecord],
              push
            );
            if (err)
              return err;
          } else {
            let err = this.__push(
              objname === void 0 ? obj : [obj[objname], obj],
              push
            );
            if (err)
              return err;
          }
        } else if (raw === !0 || info2 === !0) {
          let extRecord = Object.assign(
            { record },
            raw === !0 ? { raw: this.state.rawBuffer.toString(encoding) } : {},
            info2 === !0 ? { info: this.__infoRecord() } : {}
          ), err = this.__push(
            objname === void 0 ? extRecord : [record[objname], extRecord],
            push
          );
          if (err)
            return err;
        } else {
          let err = this.__push(
            objname === void 0 ? record : [record[objname], record],
            push
          );
          if (err)
            return err;
        }
      }
      this.__resetRecord();
    },
    __firstLineToColumns: function(record) {
      let { firstLineToHeaders } = this.state;
      try {
        let headers = firstLineToHeaders === void 0 ? record : firstLineToHeaders.call(null, record);
        if (!Array.isArray(headers))
          return this.__error(
            new CsvError(
              "CSV_INVALID_COLUMN_MAPPING",
              [
                "Invalid Column Mapping:",
                "expect an array from column function,",
                `got ${JSON.stringify(headers)}`
              ],
              this.options,
              this.__infoField(),
              {
                headers
              }
            )
          );
        let normalizedHeaders = normalize_columns_array(headers);
        this.state.expectedRecordLength = normalizedHeaders.length, this.options.columns = normalizedHeaders, this.__resetRecord();
        return;
      } catch (err) {
        return err;
      }
    },
    __resetRecord: function() {
      this.options.raw === !0 && this.state.rawBuffer.reset(), this.state.error = void 0, this.state.record = [], this.state.record_length = 0;
    },
    __onField: function() {
      let { cast, encoding, rtrim, max_record_size } = this.options, { enabled, wasQuoting } = this.state;
      if (enabled === !1)
        return this.__resetField();
      let field = this.state.field.toString(encoding);
      if (rtrim === !0 && wasQuoting === !1 && (field = field.trimRight()), cast === !0) {
        let [err, f] = this.__cast(field);
        if (err !== void 0) return err;
        field = f;
      }
      this.state.record.push(field), max_record_size !== 0 && typeof field == "string" && (this.state.record_length += field.length), this.__resetField();
    },
    __resetField: function() {
      this.state.field.reset(), this.state.wasQuoting = !1;
    },
    __push: function(record, push) {
      let { on_record } = this.options;
      if (on_record !== void 0) {
        let info2 = this.__infoRecord();
        try {
          record = on_record.call(null, record, info2);
        } catch (err) {
          return err;
        }
        if (record == null)
          return;
      }
      this.info.bytes_records += this.info.bytes, push(record);
    },
    // Return a tuple with the error and the casted value
    __cast: function(field) {
      let { columns, relax_column_count } = this.options;
      if (Array.isArray(columns) === !0 && relax_column_count && this.options.columns.length <= this.state.record.length)
        return [void 0, void 0];
      if (this.state.castField !== null)
        try {
          let info2 = this.__infoField();
          return [void 0, this.state.castField.call(null, field, info2)];
        } catch (err) {
          return [err];
        }
      if (this.__isFloat(field))
        return [void 0, parseFloat(field)];
      if (this.options.cast_date !== !1) {
        let info2 = this.__infoField();
        return [void 0, this.options.cast_date.call(null, field, info2)];
      }
      return [void 0, field];
    },
    __compareBytes: function(sourceBuf, targetBuf, targetPos, firstByte) {
      if (sourceBuf[0] !== firstByte) return 0;
      let sourceLength = sourceBuf.length;
      for (let i = 1; i < sourceLength; i++)
        if (sourceBuf[i] !== targetBuf[targetPos + i]) return 0;
      return sourceLength;
    },
    // Helper to test if a character is trimable
    __isCharTrimable: function(buf, pos) {
      let { timchars, timcharFirstBytes } = this.state, first = buf[pos];
      if (first === void 0 || timcharFirstBytes[first] === 0) return 0;
      loop1: for (let i = 0; i < timchars.length; i++) {
        let timchar = timchars[i];
        for (let j = 0; j < timchar.length; j++)
          if (timchar[j] !== buf[pos + j]) continue loop1;
        return timchar.length;
      }
      return 0;
    },
    __isDelimiter: function(buf, pos, chr) {
      let { delimiter, ignore_last_delimiters } = this.options;
      if (ignore_last_delimiters === !0 && this.state.record.length === this.options.columns.length - 1)
        return 0;
      if (ignore_last_delimiters !== !1 && typeof ignore_last_delimiters == "number" && this.state.record.length === ignore_last_delimiters - 1)
        return 0;
      loop1: for (let i = 0; i < delimiter.length; i++) {
        let del = delimiter[i];
        if (del[0] === chr) {
          for (let j = 1; j < del.length; j++)
            if (del[j] !== buf[pos + j]) continue loop1;
          return del.length;
        }
      }
      return 0;
    },
    __isEscape: function(buf, pos, chr) {
      let { escape } = this.options;
      if (escape === null) return !1;
      let l = escape.length;
      if (escape[0] === chr) {
        for (let i = 0; i < l; i++)
          if (escape[i] !== buf[pos + i])
            return !1;
        return !0;
      }
      return !1;
    },
    __isFloat: function(value) {
      return value - parseFloat(value) + 1 >= 0;
    },
    // Keep it in case we implement the `cast_int` option
    // __isInt(value){
    //   // return Number.isInteger(parseInt(value))
    //   // return !isNaN( parseInt( obj ) );
    //   return /^(\-|\+)?[1-9][0-9]*$/.test(value)
    // }
    __isQuote: function(buf, pos) {
      let { quote } = this.options;
      if (quote === null) return !1;
      let l = quote.length;
      for (let i = 0; i < l; i++)
        if (quote[i] !== buf[pos + i])
          return !1;
      return !0;
    },
    __isRecordDelimiter: function(chr, buf, pos) {
      let { record_delimiter } = this.options, recordDelimiterLength = record_delimiter.length;
      loop1: for (let i = 0; i < recordDelimiterLength; i++) {
        let rd = record_delimiter[i], rdLength = rd.length;
        if (rd[0] === chr) {
          for (let j = 1; j < rdLength; j++)
            if (rd[j] !== buf[pos + j])
              continue loop1;
          return rd.length;
        }
      }
      return 0;
    },
    __autoDiscoverRecordDelimiter: function(buf, pos) {
      let { encoding } = this.options, rds = [
        // Important, the windows line ending must be before mac os 9
        Buffer.from(`\r
`, encoding),
        Buffer.from(`
`, encoding),
        Buffer.from("\r", encoding)
      ];
      loop: for (let i = 0; i < rds.length; i++) {
        let l = rds[i].length;
        for (let j = 0; j < l; j++)
          if (rds[i][j] !== buf[pos + j])
            continue loop;
        return this.options.record_delimiter.push(rds[i]), this.state.recordDelimiterMaxLength = rds[i].length, rds[i].length;
      }
      return 0;
    },
    __error: function(msg) {
      let { encoding, raw, skip_records_with_error } = this.options, err = typeof msg == "string" ? new Error(msg) : msg;
      if (skip_records_with_error) {
        if (this.state.recordHasError = !0, this.options.on_skip !== void 0)
          try {
            this.options.on_skip(
              err,
              raw ? this.state.rawBuffer.toString(encoding) : void 0
            );
          } catch (err2) {
            return err2;
          }
        return;
      } else
        return err;
    },
    __infoDataSet: function() {
      return {
        ...this.info,
        columns: this.options.columns
      };
    },
    __infoRecord: function() {
      let { columns, raw, encoding } = this.options;
      return {
        ...this.__infoDataSet(),
        bytes_records: this.info.bytes,
        error: this.state.error,
        header: columns === !0,
        index: this.state.record.length,
        raw: raw ? this.state.rawBuffer.toString(encoding) : void 0
      };
    },
    __infoField: function() {
      let { columns } = this.options, isColumns = Array.isArray(columns), bytes_records = this.info.bytes_records;
      return {
        ...this.__infoRecord(),
        bytes_records,
        column: isColumns === !0 ? columns.length > this.state.record.length ? columns[this.state.record.length].name : null : this.state.record.length,
        quoting: this.state.wasQuoting
      };
    }
  };
};

// node_modules/csv-parse/lib/sync.js
var parse = function(data, opts = {}) {
  typeof data == "string" && (data = Buffer.from(data));
  let records = opts && opts.objname ? /* @__PURE__ */ Object.create(null) : [], parser = transform(opts), push = (record) => {
    parser.options.objname === void 0 ? records.push(record) : records[record[0]] = record[1];
  }, close = () => {
  }, error = parser.parse(data, !0, push, close);
  if (error !== void 0) throw error;
  return records;
};

// src/fleet/inventory-jsonl.ts
function* linesOf(source) {
  let at = source.startsWith("\uFEFF") ? 1 : 0;
  for (; at <= source.length; ) {
    let nl2 = source.indexOf(`
`, at), end = nl2 < 0 ? source.length : nl2, text = source.slice(at, end).replace(/\r$/, "");
    text.trim() !== "" && (yield { text, start: at }), at = end + 1;
  }
}
function parseJsonLines(source, file) {
  let columns = /* @__PURE__ */ new Map(), diagnostics = [], count = 0;
  for (let line of linesOf(source))
    if (count++, !learnColumns(line, columns)) {
      let row = jsonRow(line, file, /* @__PURE__ */ new Map());
      "problem" in row && diagnostics.push(row.problem);
    }
  if (diagnostics.length > 0) return { ok: !1, diagnostics };
  if (count === 0) return emptyInventory(file);
  let index = new Map([...columns.keys()].map((name, i) => [name, i]));
  return {
    ok: !0,
    inventory: {
      file,
      text: source,
      format: "jsonl",
      columns,
      count,
      rows: () => jsonRows(source, file, index)
    }
  };
}
function learnColumns(line, columns) {
  let keys;
  try {
    let value = JSON.parse(line.text);
    if (typeof value != "object" || value === null || Array.isArray(value) || Object.values(value).some((v) => typeof v == "object" && v !== null)) return !1;
    keys = Object.keys(value);
  } catch {
    return !1;
  }
  if (keys.every((k) => columns.has(k))) return !0;
  let root = parseTree(line.text, [], { allowTrailingComma: !1, disallowComments: !0 });
  for (let property of root?.children ?? []) {
    let key = property.children?.[0], name = key ? String(key.value) : "";
    key && !columns.has(name) && columns.set(name, range(line.start + key.offset + 1, line.start + key.offset + key.length - 1));
  }
  return !0;
}
function* jsonRows(source, file, index) {
  for (let line of linesOf(source)) yield jsonRow(line, file, index);
}
function jsonRow(line, file, index) {
  let { text, start } = line, errors = [], root = parseTree(text, errors, { allowTrailingComma: !1, disallowComments: !0 });
  if (errors.length > 0 || root?.type !== "object") {
    let at = start + (errors[0]?.offset ?? 0);
    return { problem: diagnostic("SPAC8001", file, range(at, at + 1), {}, { message: "json" }) };
  }
  let cells = [];
  for (let property of root.children ?? []) {
    let [key, value] = property.children ?? [];
    if (!key || !value || value.type === "null") continue;
    let name = String(key.value), text2 = scalar(value);
    if (text2 === void 0) {
      let at = range(start + value.offset, start + value.offset + value.length);
      return { problem: diagnostic("SPAC8001", file, at, { column: name }, { message: "json-value" }) };
    }
    cells[index.get(name) ?? cells.length] = {
      value: text2,
      range: valueRange(value, start),
      quoted: value.type === "string"
    };
  }
  return { cells: compactCells(index, cells), range: range(start, start + text.length) };
}
var scalar = (node) => node.type === "string" || node.type === "number" || node.type === "boolean" ? String(node.value) : void 0, valueRange = (node, start) => node.type === "string" ? range(start + node.offset + 1, start + node.offset + node.length - 1) : range(start + node.offset, start + node.offset + node.length);

// src/fleet/inventory.ts
var CompactCells = class {
  constructor(index, values, spans) {
    this.index = index;
    this.values = values;
    this.spans = spans;
  }
  index;
  values;
  spans;
  get(column) {
    let i = this.index.get(column), value = i === void 0 ? void 0 : this.values[i];
    if (i === void 0 || value === void 0) return;
    let at = 3 * i;
    return {
      value,
      range: range(this.spans[at] ?? 0, this.spans[at + 1] ?? 0),
      quoted: this.spans[at + 2] === 1
    };
  }
};
function compactCells(index, cells) {
  let spans = new Array(cells.length * 3), values = new Array(cells.length);
  for (let i = 0; i < cells.length; i++) {
    let c = cells[i];
    values[i] = c?.value, spans[3 * i] = c?.range.start ?? 0, spans[3 * i + 1] = c?.range.end ?? 0, spans[3 * i + 2] = c?.quoted === !0 ? 1 : 0;
  }
  return new CompactCells(index, values, spans);
}
var anchorOf = (row) => row.cells.get("mac")?.range ?? row.range;
function inventoryFormat(file, text) {
  return /\.(jsonl|ndjson)$/i.test(file) || text.replace(/^\uFEFF/, "").trimStart().startsWith("{") ? "jsonl" : "csv";
}
function parseInventory(text, file) {
  return inventoryFormat(file, text) === "jsonl" ? parseJsonLines(text, file) : parseCsv(text, file);
}
var emptyInventory = (file) => ({
  ok: !1,
  diagnostics: [diagnostic("SPAC8001", file, range(0))]
});
function* rowsOf(inventory) {
  for (let item of inventory.rows()) "problem" in item || (yield item);
}

// src/fleet/inventory-csv.ts
var BATCH = 256;
function parseCsv(source, file) {
  let start = source.startsWith("\uFEFF") ? 1 : 0;
  for (; start < source.length && isBlank(source, start, recordEnd(source, start)); )
    start = recordEnd(source, start);
  if (start >= source.length) return emptyInventory(file);
  let bodyStart = recordEnd(source, start), read = readBatch(source, start, bodyStart, file, 0);
  if (read.problem) return { ok: !1, diagnostics: [read.problem] };
  let header = read.rows[0]?.cells;
  if (!header) return emptyInventory(file);
  let columns = /* @__PURE__ */ new Map(), index = /* @__PURE__ */ new Map(), diagnostics = [];
  if (header.forEach((cell, i) => {
    let name = cell.value.trim();
    columns.has(name) ? diagnostics.push(diagnostic("SPAC8001", file, cell.range, { column: name }, { message: "twice" })) : (columns.set(name, cell.range), index.set(name, i));
  }), diagnostics.length > 0) return { ok: !1, diagnostics };
  let shape = { index, width: header.length, file };
  return {
    ok: !0,
    inventory: {
      file,
      text: source,
      format: "csv",
      columns,
      count: countRecords(source, bodyStart),
      rows: () => csvRows(source, bodyStart, shape)
    }
  };
}
function* csvRows(source, from, shape) {
  let at = from, lines = lineCount(source, 0, from);
  for (; at < source.length; ) {
    let end = at;
    for (let n = 0; n < BATCH && end < source.length; n++) end = recordEnd(source, end);
    let read = readBatch(source, at, end, shape.file, lines);
    for (let record of read.rows)
      yield record.cells.length === shape.width ? { cells: compactCells(shape.index, record.cells), range: record.range } : { problem: widthProblem(shape, record) };
    if (read.problem) {
      yield { problem: read.problem };
      return;
    }
    lines += lineCount(source, at, end), at = end;
  }
}
function readBatch(source, from, to, file, linesBefore) {
  let spans = recordSpans(source, from, to), values = parseRecords(source.slice(from, to));
  return values === void 0 ? oneByOne(source, spans, file, linesBefore + lineCount(source, from, spans[0]?.start ?? from)) : values.length !== spans.length ? { rows: [], problem: diagnostic("SPAC8001", file, range(from), { problem: "the records cannot be told apart here" }, { message: "csv" }) } : { rows: values.map((record, i) => located(record, source, spans[i] ?? range(from))) };
}
var parseRecords = (text) => {
  try {
    return parse(text, {
      skip_empty_lines: !0,
      relax_column_count: !0,
      record_delimiter: [`\r
`, `
`, "\r"]
    });
  } catch {
    return;
  }
};
function oneByOne(source, spans, file, linesBefore) {
  let rows = [], lines = linesBefore;
  for (let [i, span] of spans.entries()) {
    let text = source.slice(span.start, span.end);
    try {
      let [record = []] = parse(text, {
        relax_column_count: !0,
        record_delimiter: [`\r
`, `
`, "\r"]
      });
      rows.push(located(record, source, span));
    } catch (error) {
      return { rows, problem: csvError(error, { source, file, linesBefore: lines, at: span.start }) };
    }
    lines += lineCount(source, span.start, spans[i + 1]?.start ?? span.end);
  }
  return {
    rows,
    problem: diagnostic("SPAC8001", file, range(spans[0]?.start ?? 0), { problem: "the records cannot be told apart here" }, { message: "csv" })
  };
}
function recordSpans(source, from, to) {
  let spans = [];
  for (let at = from; at < to; ) {
    let end = recordEnd(source, at);
    isBlank(source, at, end) || spans.push(range(at, at + source.slice(at, end).replace(/\r?\n$|\r$/, "").length)), at = end;
  }
  return spans;
}
function located(record, source, span) {
  let offsets = cellOffsets(source.slice(span.start, span.end));
  return { cells: record.map((value, i) => {
    let [a, b, quoted] = offsets[i] ?? [0, 0, !1];
    return { value, range: range(span.start + a, span.start + b), quoted };
  }), range: span };
}
function cellOffsets(raw) {
  let out = [], end = raw.replace(/\r?\n$|\r$/, "").length, i = 0;
  for (; i <= end; )
    if (raw[i] === '"') {
      let j = i + 1;
      for (; j < end && !(raw[j] === '"' && raw[j + 1] !== '"'); ) j += raw[j] === '"' ? 2 : 1;
      out.push([i + 1, j, !0]), i = j + 2;
    } else {
      let comma = raw.indexOf(",", i), stop = comma < 0 || comma > end ? end : comma;
      out.push([i, stop, !1]), i = stop + 1;
    }
  return out;
}
function recordEnd(source, from) {
  let quoted = !1;
  for (let i = from; i < source.length; i++) {
    let c = source.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else {
      if (!quoted && c === 10) return i + 1;
      if (!quoted && c === 13) return source.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
    }
  }
  return source.length;
}
var isBlank = (source, from, to) => /^[\r\n]*$/.test(source.slice(from, to));
function countRecords(source, from) {
  let count = 0;
  for (let at = from; at < source.length; ) {
    let end = recordEnd(source, at);
    isBlank(source, at, end) || count++, at = end;
  }
  return count;
}
function lineCount(source, from, to) {
  let n = 0;
  for (let i = source.indexOf(`
`, from); i >= 0 && i < to; i = source.indexOf(`
`, i + 1)) n++;
  return n;
}
function widthProblem(shape, record) {
  let problem = `${String(record.cells.length)} cells where the header has ${String(shape.width)}`;
  return diagnostic("SPAC8001", shape.file, range(record.range.start), { problem }, { message: "csv" });
}
function csvError(error, at) {
  let e = error;
  if (e.code === "CSV_QUOTE_NOT_CLOSED")
    return diagnostic("SPAC8001", at.file, range(at.at), { problem: "a quote opened in this record is never closed" }, { message: "csv" });
  let message = (typeof e.message == "string" ? e.message : "not valid CSV").replace(
    /\b(line) (\d+)/g,
    (_, word, n) => `${word} ${String(Number(n) + at.linesBefore)}`
  ), line = (typeof e.lines == "number" ? e.lines : 1) + at.linesBefore;
  return diagnostic(
    "SPAC8001",
    at.file,
    range(lineStart(at.source, line)),
    { problem: message.replace(/\.$/, "") },
    { message: "csv" }
  );
}
function lineStart(source, line) {
  let at = 0;
  for (let n = 1; n < line; n++) {
    let next = source.indexOf(`
`, at);
    if (next < 0) return at;
    at = next + 1;
  }
  return at;
}

// src/fleet/mask.ts
var secretColumn = (index, keyColumn) => (column) => column === keyColumn || index.find(textNameToXml(column.replace(/\s*[!?]$/, ""))).some((f) => f.spec.secret === !0);
function maskedInventory(inventory, isSecret) {
  let secret = [...inventory.columns.keys()].filter(isSecret);
  if (secret.length === 0) return inventory.text;
  let text = "", from = 0, unreadable = !1;
  for (let item of inventory.rows()) {
    if ("problem" in item) {
      unreadable = !0;
      continue;
    }
    let ranges = secret.flatMap((column) => item.cells.get(column)?.range ?? []).filter((r) => r.end > r.start && r.start >= from).sort((a, b) => a.start - b.start);
    for (let r of ranges)
      text += inventory.text.slice(from, r.start) + "*".repeat(r.end - r.start), from = r.end;
  }
  return text += inventory.text.slice(from), unreadable ? maskUnparsed(text, inventory.file, isSecret) : text;
}
function maskUnparsed(text, file, secret) {
  let lines = text.split(`
`);
  if (inventoryFormat(file, text) === "jsonl")
    return lines.map(
      (line) => line.replace(
        /"((?:[^"\\]|\\.)*)"(\s*:\s*)"((?:[^"\\]|\\.)*)"/g,
        (whole, key, colon, value) => secret(key) ? `"${key}"${colon}"${"*".repeat(value.length)}"` : whole
      )
    ).join(`
`);
  let header = lines[0] ?? "", hidden = cellOffsets(header).map(
    ([from, to]) => header.slice(from, to).replace(/^\uFEFF/, "").trim()
  ).flatMap((name, i) => secret(name) ? [i] : []);
  if (hidden.length === 0) return text;
  let blank = (line) => {
    let out = line, cells = cellOffsets(line);
    for (let i of hidden) {
      let [from, to] = cells[i] ?? [0, 0];
      out = out.slice(0, from) + "*".repeat(to - from) + out.slice(to);
    }
    return out;
  };
  return [header, ...lines.slice(1).map(blank)].join(`
`);
}

// src/fleet/run.ts
import { createHash } from "node:crypto";

// src/fleet/bootstrap.ts
var keyRegisterFor = (family) => family === "spa5xx" ? "A" : "SA";
function bootstrapRule(rule, register) {
  let trimmed = rule.trim();
  return trimmed.startsWith("[") ? `[--key $${register} ${trimmed.slice(1).trimStart()}` : `[--key $${register}] ${trimmed}`;
}
var madeEntry = (name, value, file, at) => ({
  kind: "entry",
  name,
  nameFormat: "xml",
  path: [],
  access: "na",
  value,
  file,
  range: at,
  nameRange: at
});
function bootstrapEntries(input, index) {
  let rule = bootstrapRule(input.rule, input.register), entries = [
    madeEntry(`GPP_${input.register}`, input.key, input.file, input.at),
    madeEntry("Profile_Rule", rule, input.file, input.at)
  ], facts = { mac: input.mac, ...input.model === void 0 ? {} : { model: input.model }, set: {} }, outcome = previewRules(entries, index, facts, ["Profile_Rule"]).rules[0]?.outcome, fail = (params, message = "default") => ({
    ok: !1,
    diagnostic: diagnostic("SPAC8008", input.file, input.at, { mac: input.mac, ...params }, { message })
  }), fetch = outcome?.status === "fetch" ? outcome.fetch : void 0;
  if (!fetch?.parts) return fail({ status: outcome?.status ?? "invalid" }, "no-fetch");
  let path = fetch.parts.path;
  if (path !== `/${input.profileName}` && !path.endsWith(`/${input.profileName}`))
    return fail({ path, name: input.profileName });
  let register = `GPP_${input.register}`;
  return fetch.key?.source !== register || fetch.key.value !== input.key ? fail({ source: fetch.key?.source ?? "no key", register }, "key") : { ok: !0, entries };
}

// src/fleet/device-profile.ts
function makeBase(shared, own, index, options) {
  let items = [...shared.items, ...own.flatMap((l) => l.items)], entries = [...shared.files, ...own.flatMap((l) => l.files)].flatMap((f) => entriesOf(f.items)), layered2 = layered(items), rules = checkRuleSyntax(entries, index, options.damaged), diagnostics = [...checkEntries(entries, index, options), ...rules.diagnostics], ruleAt = layered2.items.map(
    (e) => e.kind === "entry" ? rules.checked.get(e) ?? ruleOf(e, index)[0] : void 0
  ), normalized = layered(normalizeValues(layered2.items, index));
  return {
    index,
    layered: layered2,
    normalized,
    rules,
    ruleAt,
    diagnostics,
    encrypted: options.encrypted,
    rulePositions: positions(layered2.items, (item) => languageOf(item, index) !== void 0),
    secretPositions: positions(
      layered2.items,
      (item) => index.find(entryTag(item)).some((f) => f.spec.secret === !0)
    ),
    xml: xmlTemplate(normalized.items)
  };
}
var positions = (items, holds) => items.flatMap((item, i) => item.kind === "entry" && holds(item) ? [i] : []);
function buildDevice(base, device, run, packing) {
  let { index } = base, access = (tag) => {
    let i = base.layered.at.get(tag), item = i === void 0 ? void 0 : base.layered.items[i];
    return item?.kind === "entry" ? item.access : void 0;
  }, row = rowEntries(run.inventory, device.row, run.columns, access), all = overlay(base.layered, row), listed, layered2 = () => listed ??= entriesOf(itemsOf(all)), registers = run.registers ?? [], syntax = checkRuleSyntax(row, index), found = [
    ...checkEntries(row, index, { encrypted: base.encrypted }),
    ...syntax.diagnostics,
    ...checkRuleSet(
      rulesOf(all, base, syntax, index),
      () => registers.length > 0 ? [...registers, ...layered2()] : layered2(),
      index,
      () => firstSecret(all, base, index)
    )
  ];
  if (!(run.failed(found) || run.blocked))
    return pack(overlay(base.normalized, normalizeValues(row, index)), layered2, device, base, packing, run);
}
function rulesOf(all, base, syntax, index) {
  let out = [], own = (item) => syntax.checked.get(item) ?? ruleOf(item, index)[0];
  for (let i of mergedPositions(base.rulePositions, all.changed)) {
    let item = all.at.get(i), rule = item === void 0 ? base.ruleAt[i] : own(item);
    rule && out.push(rule);
  }
  for (let item of all.added) {
    let rule = own(item);
    rule && out.push(rule);
  }
  return out;
}
function mergedPositions(a, b) {
  return b.length === 0 ? [...a] : [.../* @__PURE__ */ new Set([...a, ...b])].sort((x, y) => x - y);
}
function firstSecret(all, base, index) {
  let set = (item) => item?.kind === "entry" && item.value !== void 0 && item.value !== "";
  for (let i of base.secretPositions) {
    let item = all.at.get(i) ?? base.layered.items[i];
    if (set(item)) return item;
  }
  return all.added.find((item) => set(item) && holdsSecret(item, index));
}
function ruleOf(entry, index) {
  let language = languageOf(entry, index);
  return language === void 0 || entry.value === void 0 ? [] : [{ entry, language, checked: checkRuleValue(entry.value, language) }];
}
function pack(normalized, layered2, device, base, packing, run) {
  let keyed = device.key === void 0 ? {} : { key: device.key };
  if (packing.format === "bin") {
    let family = familyFor(layered2(), base.index);
    return toBinary(entriesOf(itemsOf(normalized)), family, { ...keyed, reproducible: !0 });
  }
  let emitted = packing.format === "xml" ? emitXmlOnto(base.xml, normalized) : emitText(itemsOf(normalized), base.index.nameTable);
  if (run.failed(emitted.diagnostics)) return;
  let profile = "chunks" in emitted ? emitted.chunks : emitted.text, wrap = {
    ...keyed,
    ...packing.digest === void 0 ? {} : { digest: packing.digest },
    gzip: packing.gzip === !0,
    // The salt comes from the key and the plaintext: an unchanged device keeps its bytes.
    reproducible: !0
  };
  return wrapProfile(profile, wrap);
}

// src/fleet/run.ts
var Run = class {
  constructor(start, columns, own, options, hooks) {
    this.start = start;
    this.columns = columns;
    this.own = own;
    this.options = options;
    this.hooks = hooks;
    let files = [...start.shared.files, ...[...own.loaded.values()].flatMap((l) => l.files)], { comments, lineOf } = profileComments({ files, sources: start.sources });
    this.filter = suppressionFilter(comments, lineOf), this.damaged = damagedBy([
      ...start.shared.diagnostics,
      ...[...own.loaded.values()].flatMap((l) => l.diagnostics)
    ]), this.report(start.shared.diagnostics);
    for (let l of own.loaded.values()) this.report(l.diagnostics);
  }
  start;
  columns;
  own;
  options;
  hooks;
  manifest = [];
  places = [];
  seen = /* @__PURE__ */ new Set();
  found = [];
  indexes = /* @__PURE__ */ new Map();
  bases = /* @__PURE__ */ new Map();
  damaged;
  filter;
  errors = !1;
  done = 0;
  /** Problems of the inventory itself (its columns, its rows as devices): reported as found, once. */
  noted(diagnostics) {
    for (let d of diagnostics) {
      let key = diagnosticKey(d);
      this.seen.has(key) || (this.seen.add(key), this.found.push(d), d.severity === "error" && (this.errors = !0));
    }
  }
  /** Suppressions, then the config's severities; each problem once, however many devices share it. */
  report(diagnostics, device) {
    let tuned = applySeverities(diagnostics.filter(this.filter.keep), () => this.start.severities), fresh = [];
    for (let d of tuned) {
      let mine = device !== void 0 && this.inRow(d, device) ? { ...d, device: device.mac } : d, key = diagnosticKey(mine);
      this.seen.has(key) || (this.seen.add(key), fresh.push(mine));
    }
    return append(this.found, fresh), hasErrors(fresh) && (this.errors = !0), tuned;
  }
  /** A problem in a device's own row is that device's (fleet codes name the device themselves); one at a
   * header cell or in a layer is everyone's, reported once. */
  inRow(d, device) {
    let row = device.row.range;
    return d.file === this.start.inventory.file && !d.code.startsWith("SPAC80") && d.range.start >= row.start && d.range.end <= row.end;
  }
  indexFor(model) {
    let key = model ?? "", cached = this.indexes.get(key);
    if (cached) return cached;
    let index = schemaIndex(this.start.schemas, model);
    return this.indexes.set(key, index), index;
  }
  /** Devices of one model with the same own layers share everything but their rows. */
  baseFor(device) {
    let key = JSON.stringify([device.model ?? "", ...device.layers]), cached = this.bases.get(key);
    if (cached) return cached;
    let own = device.layers.flatMap((l) => this.own.loaded.get(l) ?? []), options = { encrypted: this.options.keys !== void 0, damaged: this.damaged }, base = makeBase(this.start.shared, own, this.indexFor(device.model), options), made = { base, failed: hasErrors(this.report(base.diagnostics)) };
    return this.bases.set(key, made), made;
  }
  async device(device, place) {
    this.hooks.progress?.(++this.done, this.start.inventory.count);
    let unread = device.layers.filter((l) => this.own.failed.has(l));
    if (this.noted(unread.map((file) => this.layerFailure(device, file))), unread.length > 0) return;
    let { base, failed } = this.baseFor(device), run = {
      inventory: this.start.inventory,
      columns: this.columns,
      registers: this.registers(device, base),
      failed: (diagnostics) => hasErrors(this.report(diagnostics, device)),
      blocked: failed
    }, bytes = buildDevice(base, device, run, this.options.packing);
    if (bytes === void 0) return;
    let files = [built(device.name, "profile", bytes, device.key !== void 0)], boot = this.bootstrap(device, base.index);
    boot !== null && (boot && files.push(boot), this.places.push(place), this.manifest.push(deviceRecord(device, files.map(describe))), this.errors || await this.hooks.sink?.(deviceRecord(device, files), place));
  }
  layerFailure(device, file) {
    let at = device.row.cells.get("layers")?.range ?? device.row.range, reason = this.own.failed.get(file) ?? "cannot be read";
    return diagnostic("SPAC8010", this.start.inventory.file, at, { file, mac: device.mac, reason });
  }
  /** With a bootstrap, the device already holds its key in the register the bootstrap sets. */
  registers(device, base) {
    if (!this.options.bootstrap || device.key === void 0) return [];
    let name = `GPP_${keyRegisterFor(base.index.target?.family.family)}`;
    return [madeEntry(name, device.key, this.start.inventory.file, anchorOf(device.row))];
  }
  /** `undefined`: no bootstrap asked; `null`: it failed its proof (reported). */
  bootstrap(device, index) {
    let asked = this.options.bootstrap;
    if (!asked || device.bootstrapName === void 0 || device.key === void 0) return;
    let at = anchorOf(device.row), proved = bootstrapEntries(
      {
        mac: device.mac,
        model: modelName(device.model),
        key: device.key,
        profileName: device.name,
        rule: asked.rule,
        register: keyRegisterFor(index.target?.family.family),
        file: this.start.inventory.file,
        at
      },
      index
    );
    if (!proved.ok)
      return this.report([proved.diagnostic], device), null;
    let bytes = new TextEncoder().encode(emitXml(proved.entries).text);
    return built(device.bootstrapName, "bootstrap", bytes, !1);
  }
  finish() {
    return [...this.found, ...this.filter.finish()];
  }
}, deviceRecord = (device, files) => device.model === void 0 ? { mac: device.mac, layers: device.layers, files } : { mac: device.mac, model: modelName(device.model), layers: device.layers, files }, built = (path, kind, bytes, encrypted) => ({
  path,
  kind,
  bytes,
  encrypted,
  sha256: createHash("sha256").update(bytes).digest("hex")
}), describe = (file) => ({
  path: file.path,
  kind: file.kind,
  size: file.bytes.length,
  sha256: file.sha256,
  encrypted: file.encrypted
});

// src/fleet/device-key.ts
import { createHmac } from "node:crypto";
var KEY_DERIVATION_LABEL = "spac-profile-key-v1:", deriveDeviceKey = (master, mac) => createHmac("sha256", master).update(`${KEY_DERIVATION_LABEL}${mac}`).digest("hex");

// src/fleet/output-name.ts
var NAME_MACROS = ["MA", "MAU", "MAC", "PN", "PSN"], defaultName = (format) => format === "xml" ? "$MA.xml" : format === "text" ? "$MA.cfg" : "$MA.bin";
function unfillable(template, pieces, facts) {
  for (let piece of pieces) {
    if (piece.kind !== "macro") continue;
    if (!NAME_MACROS.includes(piece.name) || facts.model === void 0 && (piece.name === "PN" || piece.name === "PSN"))
      return template.slice(piece.at, piece.at + piece.length);
  }
}
var scanned = /* @__PURE__ */ new Map();
function piecesOf(template) {
  let pieces = scanned.get(template);
  return pieces === void 0 && (scanned.size >= 16 && scanned.clear(), pieces = scanMacros(template), scanned.set(template, pieces)), pieces;
}
function outputName(template, facts) {
  let pieces = piecesOf(template), macro = unfillable(template, pieces, facts);
  if (macro !== void 0) return { ok: !1, reason: "macro", macro };
  let values = deviceValues(facts, /* @__PURE__ */ new Map()), name = expandPieces(template, pieces, (m) => values.get(m));
  return safeRelative(name) ? { ok: !0, name } : { ok: !1, reason: "path" };
}
function safeRelative(name) {
  return name === "" || name.startsWith("/") || /[\\\0]/.test(name) ? !1 : name.split("/").every((s) => s !== "" && s !== "." && s !== "..");
}

// src/fleet/devices.ts
var DeviceReader = class {
  constructor(inventory, choices) {
    this.inventory = inventory;
    this.choices = choices;
  }
  inventory;
  choices;
  /** MAC -> where it was first listed, packed into one number (start * 2^16 + length). */
  seen = /* @__PURE__ */ new Map();
  owners = /* @__PURE__ */ new Map();
  /** The device of `row`, or undefined with its problems added to `out`. */
  read(row, out) {
    let { file } = this.inventory, device = readDevice(this.inventory, row, this.choices, out);
    if (!device) return;
    let first = this.seen.get(device.mac);
    if (first !== void 0) {
      let at = Math.floor(first / 65536), related = [{ file, range: range(at, at + first % 65536), message: "listed first here" }];
      out.push(diagnostic("SPAC8003", file, anchorOf(row), { mac: device.mac }, { related }));
      return;
    }
    let anchor = anchorOf(row);
    this.seen.set(device.mac, anchor.start * 65536 + Math.min(anchor.end - anchor.start, 65535));
    let clashes = this.collisions(device);
    return append(out, clashes), device;
  }
  /** Two devices mapped to one file (`$PSN.xml` for a fleet of one model, say) would overwrite each other. */
  collisions(device) {
    let { file } = this.inventory, at = anchorOf(device.row), out = [];
    device.bootstrapName === device.name && out.push(
      diagnostic("SPAC8005", file, at, { first: device.mac, second: device.mac, name: device.name })
    );
    for (let name of [device.name, device.bootstrapName].filter((n) => n !== void 0)) {
      let first = this.owners.get(name);
      first !== void 0 && first !== device.mac ? out.push(diagnostic("SPAC8005", file, at, { first, second: device.mac, name })) : this.owners.set(name, device.mac);
    }
    return out;
  }
}, macColumnProblem = (inventory) => inventory.columns.has("mac") ? void 0 : diagnostic("SPAC8002", inventory.file, range(0), {}, { message: "no-column" });
function layersOf(row, resolve) {
  let cell = row.cells.get("layers")?.value.trim() ?? "";
  return cell === "" ? NO_LAYERS : cell.split(/[;,]/).map((l) => l.trim()).filter((l) => l !== "").map(resolve);
}
var NO_LAYERS = Object.freeze([]);
function readDevice(inventory, row, choices, out) {
  let file = inventory.file, cell = row.cells.get("mac");
  if (!cell || cell.value.trim() === "") {
    out.push(diagnostic("SPAC8002", file, row.range, {}, { message: "empty" }));
    return;
  }
  let mac = parseMac(cell.value.trim());
  if (mac === void 0) {
    out.push(diagnostic("SPAC8002", file, cell.range, { value: `'${cell.value}'` }));
    return;
  }
  let model = modelOf(inventory, row, mac, choices, out);
  if (model === null) return;
  let key = keyOf(inventory, row, mac, choices.keys, out);
  if (key === null) return;
  let facts = { mac, ...model === void 0 ? {} : { model: modelName(model) }, set: {} }, name = named(inventory, row, mac, choices.name, facts, out), bootstrapName = choices.bootstrap === void 0 ? void 0 : named(inventory, row, mac, choices.bootstrap, facts, out);
  if (name === void 0 || choices.bootstrap !== void 0 && bootstrapName === void 0)
    return;
  let layers = layersOf(row, choices.resolveLayer), device = { mac, model, row, layers, name, ...bootstrapName === void 0 ? {} : { bootstrapName } };
  return typeof key == "function" ? withDerivedKey(device, key) : { ...device, key };
}
function withDerivedKey(device, derive) {
  let key;
  return {
    ...device,
    get key() {
      return key ??= derive(), key;
    }
  };
}
function modelOf(inventory, row, mac, choices, out) {
  let cell = row.cells.get("model"), written = cell?.value.trim() ?? "";
  if (!cell || written === "") return choices.target;
  let found = findModel(choices.schemas, written), { firmware, badFirmware } = parseTarget(written);
  if (found && badFirmware === void 0)
    return firmware ? `${found.model.name}@${firmware.text}` : found.model.name;
  if (found && badFirmware !== void 0) {
    let params = { model: written, mac, firmware: badFirmware };
    return out.push(diagnostic("SPAC8009", inventory.file, cell.range, params, { message: "firmware" })), null;
  }
  let models = choices.schemas.flatMap((s) => s.models.map((m) => m.name)).join(", ");
  return out.push(diagnostic("SPAC8009", inventory.file, cell.range, { model: written, mac, models })), null;
}
function keyOf(inventory, row, mac, keys, out) {
  if (keys === void 0) return;
  if ("master" in keys) {
    let { master } = keys;
    return () => deriveDeviceKey(master, mac);
  }
  let cell = row.cells.get(keys.column);
  return cell && cell.value !== "" ? cell.value : (out.push(diagnostic("SPAC8007", inventory.file, cell?.range ?? row.range, { mac, column: keys.column })), null);
}
function named(inventory, row, mac, template, facts, out) {
  let result = outputName(template, facts);
  if (result.ok) return result.name;
  let at = anchorOf(row);
  result.reason === "macro" ? out.push(diagnostic("SPAC8006", inventory.file, at, { macro: result.macro, mac }, { message: "macro" })) : out.push(diagnostic("SPAC8006", inventory.file, at, { name: template }));
}

// src/fleet/build.ts
async function buildFleet(options, hooks = {}) {
  let start = await prepare(options);
  if (!start.ok || "failed" in start) return start.ok ? start.failed : start;
  let { inventory, sources } = start, index = schemaIndex(start.schemas, start.target), columns = readColumns(inventory, index.nameTable, keyColumnOf(options)), noMac = macColumnProblem(inventory), early = [...columns.diagnostics, ...noMac ? [noMac] : []], finish = (diagnostics, layers, run2) => ({
    ok: !0,
    ...shown({ inventory, sources, index, keyColumn: columns.columns.keyColumn }, diagnostics, layers),
    devices: run2?.manifest ?? [],
    places: run2?.places ?? []
  });
  if (hasErrors(early)) return finish(early, [start.shared]);
  let reader = new DeviceReader(inventory, {
    schemas: start.schemas,
    target: start.target,
    // Without its column, every device would repeat the one problem SPAC8007 already names.
    keys: columns.diagnostics.some((d) => d.code === "SPAC8007") ? void 0 : options.keys,
    name: options.name ?? defaultName(options.packing.format),
    bootstrap: options.bootstrap?.name,
    resolveLayer: (p) => posix.join(posix.dirname(inventory.file), p)
  }), own = await deviceLayers(options.host, inventory);
  for (let loaded of own.loaded.values()) for (let [f, t] of loaded.sources) sources.set(f, t);
  let run = new Run(start, columns.columns, own, options, hooks);
  run.noted(early);
  let place = 0;
  for (let item of inventory.rows()) {
    let problems = "problem" in item ? [item.problem] : [], device = "problem" in item ? void 0 : reader.read(item, problems);
    run.noted(problems), device !== void 0 && ((hooks.mine?.(place) ?? !0) && await run.device(device, place), place++);
  }
  return finish(run.finish(), [start.shared, ...own.loaded.values()], run);
}
function shown(at, diagnostics, layers) {
  let files = layers.flatMap((l) => l.files), hidden = hideSecrets({ files, sources: at.sources }, at.index, sortDiagnostics(diagnostics)), file = at.inventory.file;
  return hidden.diagnostics.some((d) => d.file === file) ? hidden.sources.set(file, maskedInventory(at.inventory, secretColumn(at.index, at.keyColumn))) : hidden.sources.delete(file), hidden;
}
var keyColumnOf = (options) => options.keys !== void 0 && "column" in options.keys ? options.keys.column : void 0;
async function prepare(options) {
  let { host } = options, file = posix.normalize(options.inventory), bytes = await host.readFile(file);
  if (!bytes.ok)
    return {
      ok: !1,
      diagnostics: [diagnostic("SPAC9001", file, range(0), { file, reason: bytes.reason })],
      sources: /* @__PURE__ */ new Map()
    };
  let text = decode(bytes.bytes), sources = /* @__PURE__ */ new Map([[file, text ?? ""]]), failed = (diagnostics) => ({
    ok: !0,
    failed: { ok: !0, diagnostics, sources, devices: [], places: [] }
  });
  if (text === void 0)
    return failed([diagnostic("SPAC8001", file, range(0), {}, { message: "encoding" })]);
  let picked = await outputSettings(host, file, {
    target: options.target,
    schema: options.schema,
    config: options.config
  });
  if (!picked.ok) return picked;
  let parsed = parseInventory(text, file);
  if (!parsed.ok) {
    let index = schemaIndex(picked.schemas, picked.options.target);
    return sources.set(file, maskUnparsed(text, file, secretColumn(index, keyColumnOf(options)))), failed(sortDiagnostics(parsed.diagnostics));
  }
  let layerRead = await readInputs(options.layers, host);
  if (layerRead.failures.length > 0) return { ok: !1, diagnostics: layerRead.failures, sources };
  let roots = await importRoots(host, [file, ...layerRead.inputs.map((i) => i.file)], [], options.config), shared = await loadProfiles(layerRead.inputs, confined(importHost(host), roots, host));
  for (let [f, t] of shared.sources) sources.set(f, t);
  return {
    ok: !0,
    inventory: parsed.inventory,
    sources,
    schemas: picked.schemas,
    target: picked.options.target,
    severities: picked.settings?.rules ?? {},
    shared
  };
}
function decode(bytes) {
  try {
    return new TextDecoder("utf-8", { fatal: !0, ignoreBOM: !0 }).decode(bytes);
  } catch {
    return;
  }
}
async function deviceLayers(host, inventory) {
  let loaded = /* @__PURE__ */ new Map(), failed = /* @__PURE__ */ new Map();
  if (!inventory.columns.has("layers")) return { loaded, failed };
  let paths = /* @__PURE__ */ new Set(), resolve = (p) => posix.join(posix.dirname(inventory.file), p);
  for (let row of rowsOf(inventory)) for (let path of layersOf(row, resolve)) paths.add(path);
  for (let path of paths) {
    let read = await readInputs([path], host), input = read.inputs[0];
    input ? loaded.set(
      path,
      await loadProfiles(
        [input],
        confined(importHost(host), await importRoots(host, [inventory.file, path]), host)
      )
    ) : failed.set(
      path,
      String(read.failures[0]?.params.reason ?? read.failures[0]?.message ?? "cannot be read")
    );
  }
  return { loaded, failed };
}

// src/fleet/claims.ts
var claimTable = () => new SharedArrayBuffer(4194304);
function claimer(table, part2, of) {
  let claims = new Int32Array(table), block = -1, mine = !1;
  return (place) => {
    let at = Math.floor(place / 16);
    return at !== block && (block = at, mine = at < claims.length ? Atomics.compareExchange(claims, at, 0, part2 + 1) === 0 : at % of === part2), mine;
  };
}

// src/cli/fleet-jobs.ts
var defaultJobs = () => Math.max(1, availableParallelism()), isFleetPart = (data) => data?.spacFleetPart === !0;
async function runFleetPart(data, post) {
  let writer = data.output ? await joinFleetOutput(data.output) : void 0, send = (device, place) => (post({ type: "device", device, place }), Promise.resolve()), sink = writer ? (device) => writer.write(device) : data.sends ? send : void 0, run = await buildFleet(
    { ...data.options, host: nodeHost(data.cwd) },
    {
      mine: claimer(data.claims, data.part, data.of),
      ...sink ? { sink } : {},
      progress: () => {
        post({ type: "progress" });
      }
    }
  ), failure;
  try {
    writer?.settled();
  } catch (error) {
    failure = reasonOf(error);
  }
  let done = run.ok ? { ...run, sources: /* @__PURE__ */ new Map() } : run;
  post({ type: "done", run: done, ...failure === void 0 ? {} : { failure } });
}
async function buildInParts(options, jobs, hooks) {
  let { output } = hooks, sink = output ? (device) => output.write(device) : void 0, entry = workerEntry(), parts = entry === void 0 ? 1 : Math.max(1, jobs), own = (mine2, progress = hooks.progress) => buildFleet(options, {
    ...sink ? { sink } : {},
    ...mine2 ? { mine: mine2 } : {},
    ...progress ? { progress } : {}
  });
  if (parts === 1) return { fleet: await own() };
  let done = 0, total = 0, tick = () => hooks.progress?.(++done, total), { host, ...rest } = options, claims = claimTable(), workers = Array.from({ length: parts - 1 }, (_, i) => {
    let data = {
      spacFleetPart: !0,
      options: rest,
      cwd: host.cwd,
      part: i + 1,
      of: parts,
      claims,
      ...output?.shared ? { output: output.shared } : {},
      sends: output !== void 0 && output.shared === void 0
    };
    return part(entry, data, sink, tick);
  }), first = own(claimer(claims, 0, parts), (_done, all) => {
    total = all, tick();
  }), [mine, ...theirs] = await Promise.all([first, ...workers]), failure = theirs.find((r) => r.failure !== void 0)?.failure, fleet = merge([mine, ...theirs.map((r) => r.run)]);
  return failure === void 0 ? { fleet } : { fleet, failure };
}
function part(entry, data, sink, progress) {
  let worker = new Worker(entry, { workerData: data }), writing = Promise.resolve();
  return new Promise((resolve, reject) => {
    worker.on("message", (message) => {
      message.type === "progress" ? progress() : message.type === "device" ? writing = writing.then(() => sink?.(message.device)) : writing.then(() => {
        resolve(message);
      }, reject);
    }), worker.on("error", reject);
  });
}
function merge(runs) {
  let [first] = runs;
  if (!first || !first.ok) return first ?? { ok: !1, diagnostics: [], sources: /* @__PURE__ */ new Map() };
  let refused = runs.find((r) => !r.ok);
  if (refused) return refused;
  let ok = runs.filter((r) => r.ok), counts = /* @__PURE__ */ new Map();
  for (let run of ok)
    for (let d of run.diagnostics) {
      let key = diagnosticKey(d), seen = counts.get(key) ?? { diagnostic: d, count: 0 };
      seen.count++, counts.set(key, seen);
    }
  let diagnostics = [...counts.values()].filter(({ diagnostic: diagnostic2, count }) => diagnostic2.code !== "SPAC7011" || count === ok.length).map(({ diagnostic: diagnostic2 }) => diagnostic2), placed = ok.flatMap((r) => r.devices.map((device, i) => ({ device, place: r.places[i] ?? 0 })));
  return placed.sort((a, b) => a.place - b.place), {
    ok: !0,
    diagnostics: sortDiagnostics(diagnostics),
    sources: first.sources,
    devices: placed.map((p) => p.device),
    places: placed.map((p) => p.place)
  };
}

export {
  defaultJobs,
  isFleetPart,
  runFleetPart,
  buildInParts
};
