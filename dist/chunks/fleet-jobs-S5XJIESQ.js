import { createRequire as __spacCreateRequire } from 'node:module'; const require = __spacCreateRequire(import.meta.url);
import {
  buildInParts,
  defaultJobs,
  isFleetPart,
  runFleetPart
} from "./chunk-AX2BJI5C.js";
import "./chunk-N6ZTTDEX.js";
import "./chunk-NHHJQQ66.js";
import "./chunk-7Y4HKPAZ.js";
import "./chunk-MCKKHLZD.js";
import "./chunk-UX2V6WPV.js";
import "./chunk-SH2ABUNY.js";
import "./chunk-N5CJNDS5.js";
import "./chunk-7FN5SYFP.js";
import "./chunk-5AWKQC2Z.js";
import "./chunk-H5MX2HPU.js";
import "./chunk-QKWE7AFY.js";
import "./chunk-HOTDTIF5.js";
import "./chunk-IHSB4YKF.js";
import "./chunk-7E2XYKPH.js";
import "./chunk-BG5TDPKP.js";
import "./chunk-P2UQVMJD.js";
import "./chunk-ZJQKHIB4.js";
import "./chunk-HIQO3D62.js";
import "./chunk-C4OQ6GRE.js";
import "./chunk-3RFT4LXT.js";
import "./chunk-LSU6IVAH.js";
export {
  buildInParts,
  defaultJobs,
  isFleetPart,
  runFleetPart
};
