import { createRequire as __spacCreateRequire } from 'node:module'; const require = __spacCreateRequire(import.meta.url);
import {
  buildInParts,
  defaultJobs,
  isFleetPart,
  runFleetPart
} from "./chunk-G5FVBZJU.js";
import "./chunk-N6ZTTDEX.js";
import "./chunk-FTG6ZCMC.js";
import "./chunk-PTVRO5LC.js";
import "./chunk-PLP3YE2R.js";
import "./chunk-BRI4ZEQG.js";
import "./chunk-ZVZKJSBN.js";
import "./chunk-MM6LYRYX.js";
import "./chunk-7GKA2CIW.js";
import "./chunk-5AWKQC2Z.js";
import "./chunk-36O7C463.js";
import "./chunk-2422PVDC.js";
import "./chunk-LB7LVQL5.js";
import "./chunk-66PGGBGS.js";
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
