import { createRequire as __spacCreateRequire } from 'node:module'; const require = __spacCreateRequire(import.meta.url);
import {
  buildInParts,
  defaultJobs,
  isFleetPart,
  runFleetPart
} from "./chunk-3HJQLDGZ.js";
import "./chunk-N6ZTTDEX.js";
import "./chunk-SCEFBLE5.js";
import "./chunk-XONY6XQY.js";
import "./chunk-VSJA726C.js";
import "./chunk-HN6F3QGL.js";
import "./chunk-5HIT6533.js";
import "./chunk-DPPZG7ET.js";
import "./chunk-T73WRSRH.js";
import "./chunk-5AWKQC2Z.js";
import "./chunk-LKF7C6RE.js";
import "./chunk-2VKJLGAN.js";
import "./chunk-3UX5CPSK.js";
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
