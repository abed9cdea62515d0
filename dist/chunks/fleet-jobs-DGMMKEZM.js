import { createRequire as __spacCreateRequire } from 'node:module'; const require = __spacCreateRequire(import.meta.url);
import {
  buildInParts,
  defaultJobs,
  isFleetPart,
  runFleetPart
} from "./chunk-WOYNP6UA.js";
import "./chunk-N6ZTTDEX.js";
import "./chunk-F64PMXBR.js";
import "./chunk-YWTYS3XC.js";
import "./chunk-B7XNRTEO.js";
import "./chunk-LAMBQYYX.js";
import "./chunk-XOIDZSQM.js";
import "./chunk-HUISB32H.js";
import "./chunk-3CC2YJQL.js";
import "./chunk-5AWKQC2Z.js";
import "./chunk-GS3WBEGR.js";
import "./chunk-FAMW53WA.js";
import "./chunk-EFGNZFHV.js";
import "./chunk-CDA3HPHP.js";
import "./chunk-7E2XYKPH.js";
import "./chunk-BG5TDPKP.js";
import "./chunk-P2UQVMJD.js";
import "./chunk-ZJQKHIB4.js";
import "./chunk-HIQO3D62.js";
import "./chunk-C4OQ6GRE.js";
import "./chunk-3RFT4LXT.js";
import "./chunk-LSU6IVAH.js";
export {
  buildInParts,
  defaultJobs,
  isFleetPart,
  runFleetPart
};
