import { createRequire as __spacCreateRequire } from 'node:module'; const require = __spacCreateRequire(import.meta.url);
import {
  buildInParts,
  defaultJobs,
  isFleetPart,
  runFleetPart
} from "./chunk-XOK55CRC.js";
import "./chunk-N6ZTTDEX.js";
import "./chunk-ZJQKHIB4.js";
import "./chunk-DLAHWDGC.js";
import "./chunk-I7NJDTFT.js";
import "./chunk-B3VRSGSL.js";
import "./chunk-LHABGCMW.js";
import "./chunk-RLVKZBI3.js";
import "./chunk-DKVSWV62.js";
import "./chunk-Q4UFQZTZ.js";
import "./chunk-5AWKQC2Z.js";
import "./chunk-HIQO3D62.js";
import "./chunk-S3IA7VH4.js";
import "./chunk-CLCHHCFR.js";
import "./chunk-GHPVC3S4.js";
import "./chunk-6T6XJP7A.js";
import "./chunk-7E2XYKPH.js";
import "./chunk-C4OQ6GRE.js";
import "./chunk-BG5TDPKP.js";
import "./chunk-P2UQVMJD.js";
import "./chunk-3RFT4LXT.js";
import "./chunk-LSU6IVAH.js";
export {
  buildInParts,
  defaultJobs,
  isFleetPart,
  runFleetPart
};
