import { createRequire as __spacCreateRequire } from 'node:module'; const require = __spacCreateRequire(import.meta.url);
import {
  buildInParts,
  defaultJobs,
  isFleetPart,
  runFleetPart
} from "./chunk-B7ZFNEGY.js";
import "./chunk-N6ZTTDEX.js";
import "./chunk-6TQBOJRO.js";
import "./chunk-IPMOPHX5.js";
import "./chunk-TWXHHR54.js";
import "./chunk-FYBN2X4G.js";
import "./chunk-UJ25S3TQ.js";
import "./chunk-QSOIDBKS.js";
import "./chunk-47ZCRACV.js";
import "./chunk-5AWKQC2Z.js";
import "./chunk-43FRYV6W.js";
import "./chunk-65P3FF4P.js";
import "./chunk-RAOGEF7P.js";
import "./chunk-RPXDM3SQ.js";
import "./chunk-7E2XYKPH.js";
import "./chunk-Y6ESMD4B.js";
import "./chunk-IYZ6L7K3.js";
import "./chunk-ZJQKHIB4.js";
import "./chunk-HIQO3D62.js";
import "./chunk-C4OQ6GRE.js";
import "./chunk-QAYTWBL2.js";
import "./chunk-LSU6IVAH.js";
export {
  buildInParts,
  defaultJobs,
  isFleetPart,
  runFleetPart
};
