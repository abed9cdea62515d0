import { createRequire as __spacCreateRequire } from 'node:module'; const require = __spacCreateRequire(import.meta.url);
import {
  buildInParts,
  defaultJobs,
  isFleetPart,
  runFleetPart
} from "./chunk-752RJYSC.js";
import "./chunk-N6ZTTDEX.js";
import "./chunk-CKCNJZXS.js";
import "./chunk-75JC25AD.js";
import "./chunk-DL5ITXM4.js";
import "./chunk-U65BNFMW.js";
import "./chunk-5DRALBXN.js";
import "./chunk-YCBTYIRT.js";
import "./chunk-SOKV5ADB.js";
import "./chunk-5AWKQC2Z.js";
import "./chunk-VHKVIET2.js";
import "./chunk-UKFMA4VK.js";
import "./chunk-ZNA33LGM.js";
import "./chunk-B6G5JLBU.js";
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
