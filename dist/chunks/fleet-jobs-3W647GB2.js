import { createRequire as __spacCreateRequire } from 'node:module'; const require = __spacCreateRequire(import.meta.url);
import {
  buildInParts,
  defaultJobs,
  isFleetPart,
  runFleetPart
} from "./chunk-I6Z6DQ5S.js";
import "./chunk-N6ZTTDEX.js";
import "./chunk-BRBIMKGP.js";
import "./chunk-AETM3XXQ.js";
import "./chunk-H3OATJCK.js";
import "./chunk-SM223B4W.js";
import "./chunk-4YFQ4TN5.js";
import "./chunk-XS3DIXGR.js";
import "./chunk-5XXZ3USC.js";
import "./chunk-N3NDYLSR.js";
import "./chunk-ZJQKHIB4.js";
import "./chunk-M43HJNUU.js";
import "./chunk-Z3I7E7UX.js";
import "./chunk-5AWKQC2Z.js";
import "./chunk-AFGDHIMA.js";
import "./chunk-GOQ2DBYZ.js";
import "./chunk-7E2XYKPH.js";
import "./chunk-E6CSQ5X2.js";
import "./chunk-HIQO3D62.js";
import "./chunk-C4OQ6GRE.js";
import "./chunk-ZDSTYOCV.js";
import "./chunk-LSU6IVAH.js";
export {
  buildInParts,
  defaultJobs,
  isFleetPart,
  runFleetPart
};
