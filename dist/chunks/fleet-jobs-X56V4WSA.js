import { createRequire as __spacCreateRequire } from 'node:module'; const require = __spacCreateRequire(import.meta.url);
import {
  buildInParts,
  defaultJobs,
  isFleetPart,
  runFleetPart
} from "./chunk-W2JHD2HT.js";
import "./chunk-N6ZTTDEX.js";
import "./chunk-UCMWVMXK.js";
import "./chunk-H4FYHPXV.js";
import "./chunk-UANZNZ6H.js";
import "./chunk-USYLHLHP.js";
import "./chunk-QAGHYXRF.js";
import "./chunk-GNFPF3NA.js";
import "./chunk-EURDWPI7.js";
import "./chunk-5AWKQC2Z.js";
import "./chunk-KL4MRFIG.js";
import "./chunk-YOC6CJRU.js";
import "./chunk-YDB2DUHW.js";
import "./chunk-UAS62BPG.js";
import "./chunk-7E2XYKPH.js";
import "./chunk-GFJWXUYO.js";
import "./chunk-ZJ7GFS2C.js";
import "./chunk-HMUGQHKO.js";
import "./chunk-HIQO3D62.js";
import "./chunk-C4OQ6GRE.js";
import "./chunk-JQ3TWHYK.js";
import "./chunk-575EBBRF.js";
import "./chunk-LSU6IVAH.js";
export {
  buildInParts,
  defaultJobs,
  isFleetPart,
  runFleetPart
};
