import { createRequire as __firebreakCreateRequire } from 'node:module'; const require = __firebreakCreateRequire(import.meta.url);
import{a,b}from"./chunk-NKUVU473.js";import"./chunk-WGOZZTI4.js";import"./chunk-UODISKBQ.js";import"./chunk-3WN4WDV4.js";import"./chunk-DT4CWIJV.js";export{b as hasErrors,a as lintPostmortem};
