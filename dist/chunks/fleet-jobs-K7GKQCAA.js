import { createRequire as __spacCreateRequire } from 'node:module'; const require = __spacCreateRequire(import.meta.url);
import {
  buildInParts,
  defaultJobs,
  isFleetPart,
  runFleetPart
} from "./chunk-XUKH5RMX.js";
import "./chunk-N6ZTTDEX.js";
import "./chunk-HMUGQHKO.js";
import "./chunk-L5Q3WMLW.js";
import "./chunk-SAUSU3JF.js";
import "./chunk-GVT7QOV4.js";
import "./chunk-7LJO2DGK.js";
import "./chunk-RLVKZBI3.js";
import "./chunk-DKVSWV62.js";
import "./chunk-Q4UFQZTZ.js";
import "./chunk-5AWKQC2Z.js";
import "./chunk-HIQO3D62.js";
import "./chunk-V7C3OH4O.js";
import "./chunk-CLCHHCFR.js";
import "./chunk-SZRVOARK.js";
import "./chunk-6T6XJP7A.js";
import "./chunk-7E2XYKPH.js";
import "./chunk-C4OQ6GRE.js";
import "./chunk-GXQKFFCX.js";
import "./chunk-FYVWCPXM.js";
import "./chunk-3RFT4LXT.js";
import "./chunk-575EBBRF.js";
import "./chunk-LSU6IVAH.js";
export {
  buildInParts,
  defaultJobs,
  isFleetPart,
  runFleetPart
};
