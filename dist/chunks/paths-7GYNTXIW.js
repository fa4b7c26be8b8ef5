import { createRequire as __firebreakCreateRequire } from 'node:module'; const require = __firebreakCreateRequire(import.meta.url);
import{a,b}from"./chunk-TREM3QL5.js";import"./chunk-YI7T6TNP.js";import"./chunk-DT4CWIJV.js";export{a as expandPaths,b as nodePathsIo};
