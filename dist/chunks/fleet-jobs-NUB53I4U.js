import { createRequire as __spacCreateRequire } from 'node:module'; const require = __spacCreateRequire(import.meta.url);
import {
  buildInParts,
  defaultJobs,
  isFleetPart,
  runFleetPart
} from "./chunk-UBLYYJDJ.js";
import "./chunk-N6ZTTDEX.js";
import "./chunk-6DWPM25F.js";
import "./chunk-VQCLQ5SL.js";
import "./chunk-4XIX4UFM.js";
import "./chunk-Z7D4XEGU.js";
import "./chunk-3ROZN3VI.js";
import "./chunk-GVU6MLYR.js";
import "./chunk-ZNTQX3MD.js";
import "./chunk-5AWKQC2Z.js";
import "./chunk-33MBPRBS.js";
import "./chunk-DVA23RJW.js";
import "./chunk-MK4UXYGS.js";
import "./chunk-J3LVPAKG.js";
import "./chunk-7E2XYKPH.js";
import "./chunk-IQYGKJZ5.js";
import "./chunk-2CEZCH7C.js";
import "./chunk-RFHOQZER.js";
import "./chunk-HIQO3D62.js";
import "./chunk-C4OQ6GRE.js";
import "./chunk-YXJOSIDR.js";
import "./chunk-575EBBRF.js";
import "./chunk-LSU6IVAH.js";
export {
  buildInParts,
  defaultJobs,
  isFleetPart,
  runFleetPart
};
