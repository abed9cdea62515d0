import { createRequire as __spacCreateRequire } from 'node:module'; const require = __spacCreateRequire(import.meta.url);
import {
  buildInParts,
  defaultJobs,
  isFleetPart,
  runFleetPart
} from "./chunk-Y3SISS4M.js";
import "./chunk-N6ZTTDEX.js";
import "./chunk-SCEFBLE5.js";
import "./chunk-XONY6XQY.js";
import "./chunk-NKFV5Z2M.js";
import "./chunk-CM3F5G5G.js";
import "./chunk-5HIT6533.js";
import "./chunk-DPPZG7ET.js";
import "./chunk-T73WRSRH.js";
import "./chunk-5AWKQC2Z.js";
import "./chunk-FCCSPXAD.js";
import "./chunk-2VKJLGAN.js";
import "./chunk-I7S5WOAS.js";
import "./chunk-KR4G4TMK.js";
import "./chunk-7E2XYKPH.js";
import "./chunk-SXBEOJET.js";
import "./chunk-2Z4A6FDW.js";
import "./chunk-ZJQKHIB4.js";
import "./chunk-HIQO3D62.js";
import "./chunk-C4OQ6GRE.js";
import "./chunk-5FN3SARJ.js";
import "./chunk-LSU6IVAH.js";
export {
  buildInParts,
  defaultJobs,
  isFleetPart,
  runFleetPart
};
