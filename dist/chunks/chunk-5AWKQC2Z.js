import { createRequire as __spacCreateRequire } from 'node:module'; const require = __spacCreateRequire(import.meta.url);

// src/text/xml-escape.ts
var ENTITIES = { "&": "&amp;", "<": "&lt;", ">": "&gt;" }, escapeXmlText = (value) => value.replace(/[&<>]/g, (c) => ENTITIES[c] ?? c), escapeXmlAscii = (value) => value.replace(
  /[&<>]|[\u0080-\u{10FFFF}]/gu,
  (c) => ENTITIES[c] ?? `&#x${(c.codePointAt(0) ?? 0).toString(16).toUpperCase()};`
), hasLoneSurrogate = (value) => /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(value);

export {
  escapeXmlText,
  escapeXmlAscii,
  hasLoneSurrogate
};
