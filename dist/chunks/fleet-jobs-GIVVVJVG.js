import { createRequire as __spacCreateRequire } from 'node:module'; const require = __spacCreateRequire(import.meta.url);
import {
  buildInParts,
  defaultJobs,
  isFleetPart,
  runFleetPart
} from "./chunk-P6HGFAQK.js";
import "./chunk-N6ZTTDEX.js";
import "./chunk-ZNHWQ3V2.js";
import "./chunk-TEWPVPIO.js";
import "./chunk-FYLY4YKY.js";
import "./chunk-J2RBLYWC.js";
import "./chunk-J5DPC45Q.js";
import "./chunk-KXWD4U42.js";
import "./chunk-D5HF4MYK.js";
import "./chunk-5AWKQC2Z.js";
import "./chunk-PNCRSLJB.js";
import "./chunk-PWAGHD32.js";
import "./chunk-FZN2S5HT.js";
import "./chunk-GY4O2SXH.js";
import "./chunk-7E2XYKPH.js";
import "./chunk-3N3A562P.js";
import "./chunk-FYGELWP5.js";
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
