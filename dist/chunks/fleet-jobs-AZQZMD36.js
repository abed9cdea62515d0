import { createRequire as __spacCreateRequire } from 'node:module'; const require = __spacCreateRequire(import.meta.url);
import {
  buildInParts,
  defaultJobs,
  isFleetPart,
  runFleetPart
} from "./chunk-T4F4ARAX.js";
import "./chunk-N6ZTTDEX.js";
import "./chunk-5O6RW2WD.js";
import "./chunk-TMVOA5H2.js";
import "./chunk-OEXGWO7J.js";
import "./chunk-227DPP57.js";
import "./chunk-GPQY3O4T.js";
import "./chunk-CAEGLMT3.js";
import "./chunk-DN6Q4ABV.js";
import "./chunk-5AWKQC2Z.js";
import "./chunk-UHZU7MIC.js";
import "./chunk-MVACOJPQ.js";
import "./chunk-JG7RXYEO.js";
import "./chunk-ILBW3I2W.js";
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
