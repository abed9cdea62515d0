import { createRequire as __spacCreateRequire } from 'node:module'; const require = __spacCreateRequire(import.meta.url);
import {
  buildInParts,
  defaultJobs,
  isFleetPart,
  runFleetPart
} from "./chunk-RRGQ3YWG.js";
import "./chunk-N6ZTTDEX.js";
import "./chunk-GY5AVAJQ.js";
import "./chunk-VFN6OGBQ.js";
import "./chunk-VNJGLC5Z.js";
import "./chunk-5RRS4BLK.js";
import "./chunk-TKEIQXS3.js";
import "./chunk-TEUKCNO5.js";
import "./chunk-TDL2AKPZ.js";
import "./chunk-N3NDYLSR.js";
import "./chunk-ZJQKHIB4.js";
import "./chunk-3NEXF63Z.js";
import "./chunk-KW66FHBF.js";
import "./chunk-5AWKQC2Z.js";
import "./chunk-OYVOO5TZ.js";
import "./chunk-46MHG2IZ.js";
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
