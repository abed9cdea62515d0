import { createRequire as __spacCreateRequire } from 'node:module'; const require = __spacCreateRequire(import.meta.url);
import {
  buildInParts,
  defaultJobs,
  isFleetPart,
  runFleetPart
} from "./chunk-FNC4TFJ3.js";
import "./chunk-N6ZTTDEX.js";
import "./chunk-JHLY66RL.js";
import "./chunk-5WXN22CP.js";
import "./chunk-GKYUHH6C.js";
import "./chunk-Y3I2CZL6.js";
import "./chunk-GDZIQXTF.js";
import "./chunk-DW5HHIM3.js";
import "./chunk-QJNI2GTD.js";
import "./chunk-5AWKQC2Z.js";
import "./chunk-7W7QJIS4.js";
import "./chunk-CIOAM6NY.js";
import "./chunk-23SLGIER.js";
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
