import { createRequire as __firebreakCreateRequire } from 'node:module'; const require = __firebreakCreateRequire(import.meta.url);
import{a,b}from"./chunk-QNM5I5KW.js";import"./chunk-PCKYYHYC.js";import"./chunk-RW2CHXDH.js";import"./chunk-DT4CWIJV.js";export{b as hasErrors,a as lintPostmortem};
