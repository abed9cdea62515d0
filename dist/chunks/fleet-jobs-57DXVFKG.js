import { createRequire as __spacCreateRequire } from 'node:module'; const require = __spacCreateRequire(import.meta.url);
import {
  buildInParts,
  defaultJobs,
  isFleetPart,
  runFleetPart
} from "./chunk-MBW2W7ZX.js";
import "./chunk-N6ZTTDEX.js";
import "./chunk-HMUGQHKO.js";
import "./chunk-CBCWMYOQ.js";
import "./chunk-4K5FZZIY.js";
import "./chunk-G36KTKSC.js";
import "./chunk-FLBAQWUD.js";
import "./chunk-I6SDNCWJ.js";
import "./chunk-MF3XTXKC.js";
import "./chunk-L3PC2VJW.js";
import "./chunk-5AWKQC2Z.js";
import "./chunk-HIQO3D62.js";
import "./chunk-GY63NA66.js";
import "./chunk-NIWU4ZPD.js";
import "./chunk-FB6T4RLB.js";
import "./chunk-QFBNQOAL.js";
import "./chunk-7E2XYKPH.js";
import "./chunk-C4OQ6GRE.js";
import "./chunk-GFJWXUYO.js";
import "./chunk-ZJ7GFS2C.js";
import "./chunk-JQ3TWHYK.js";
import "./chunk-575EBBRF.js";
import "./chunk-LSU6IVAH.js";
export {
  buildInParts,
  defaultJobs,
  isFleetPart,
  runFleetPart
};
