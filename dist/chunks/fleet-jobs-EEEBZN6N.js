import { createRequire as __spacCreateRequire } from 'node:module'; const require = __spacCreateRequire(import.meta.url);
import {
  buildInParts,
  defaultJobs,
  isFleetPart,
  runFleetPart
} from "./chunk-JWNR2ZUE.js";
import "./chunk-N6ZTTDEX.js";
import "./chunk-JHLY66RL.js";
import "./chunk-5WXN22CP.js";
import "./chunk-B5K3LGWD.js";
import "./chunk-HNIP2V6K.js";
import "./chunk-GDZIQXTF.js";
import "./chunk-DW5HHIM3.js";
import "./chunk-QJNI2GTD.js";
import "./chunk-5AWKQC2Z.js";
import "./chunk-SRI567H5.js";
import "./chunk-CIOAM6NY.js";
import "./chunk-ITWHKWUE.js";
import "./chunk-WCTDCKML.js";
import "./chunk-7E2XYKPH.js";
import "./chunk-GFJWXUYO.js";
import "./chunk-ZJ7GFS2C.js";
import "./chunk-HMUGQHKO.js";
import "./chunk-HIQO3D62.js";
import "./chunk-C4OQ6GRE.js";
import "./chunk-JQ3TWHYK.js";
import "./chunk-575EBBRF.js";
import "./chunk-LSU6IVAH.js";
export {
  buildInParts,
  defaultJobs,
  isFleetPart,
  runFleetPart
};
