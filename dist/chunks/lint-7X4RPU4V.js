import { createRequire as __firebreakCreateRequire } from 'node:module'; const require = __firebreakCreateRequire(import.meta.url);
import{a,b}from"./chunk-XYAH4P4A.js";import"./chunk-N7JXHS4J.js";import"./chunk-HXCYCWUX.js";import"./chunk-WHP3E2YJ.js";export{b as hasErrors,a as lintPostmortem};
