import { createRequire as __spacCreateRequire } from 'node:module'; const require = __spacCreateRequire(import.meta.url);
import {
  buildInParts,
  defaultJobs,
  isFleetPart,
  runFleetPart
} from "./chunk-IUVO56YF.js";
import "./chunk-N6ZTTDEX.js";
import "./chunk-RUE5IJMF.js";
import "./chunk-WGFEHODH.js";
import "./chunk-T2A4UOCD.js";
import "./chunk-GQ6TAZTK.js";
import "./chunk-BPFK6ESP.js";
import "./chunk-2Q3OZVL4.js";
import "./chunk-6SLRLQDW.js";
import "./chunk-5AWKQC2Z.js";
import "./chunk-WU3VCAAX.js";
import "./chunk-OFETSJBG.js";
import "./chunk-O3ZQ3GWS.js";
import "./chunk-H5MLOQ7E.js";
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
