import { createRequire as __firebreakCreateRequire } from 'node:module'; const require = __firebreakCreateRequire(import.meta.url);
import{a,b}from"./chunk-JTQ7IPQU.js";import"./chunk-UDHV3B2C.js";import"./chunk-BMDT4U6X.js";import"./chunk-DT4CWIJV.js";export{b as hasErrors,a as lintPostmortem};
