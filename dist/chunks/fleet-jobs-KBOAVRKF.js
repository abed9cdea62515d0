import { createRequire as __spacCreateRequire } from 'node:module'; const require = __spacCreateRequire(import.meta.url);
import {
  buildInParts,
  defaultJobs,
  isFleetPart,
  runFleetPart
} from "./chunk-V4DWSHEY.js";
import "./chunk-N6ZTTDEX.js";
import "./chunk-5R3ALBAH.js";
import "./chunk-7KOJXBKE.js";
import "./chunk-LEXQFUJN.js";
import "./chunk-7EWH7BGY.js";
import "./chunk-OPUXJGIT.js";
import "./chunk-UD3SO5KA.js";
import "./chunk-L3X4TDAJ.js";
import "./chunk-SXBEOJET.js";
import "./chunk-ZJQKHIB4.js";
import "./chunk-L5OSORXN.js";
import "./chunk-DKT2TRJT.js";
import "./chunk-5AWKQC2Z.js";
import "./chunk-72IXY4VA.js";
import "./chunk-QNDGUS6H.js";
import "./chunk-7E2XYKPH.js";
import "./chunk-2Z4A6FDW.js";
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
