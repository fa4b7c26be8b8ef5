import { createRequire as __firebreakCreateRequire } from 'node:module'; const require = __firebreakCreateRequire(import.meta.url);
import{d as a,e as b}from"./chunk-Y2DIDLT7.js";import"./chunk-E3RYWXBC.js";import"./chunk-WHP3E2YJ.js";export{a as parseEmulatorArgs,b as runEmulatorCommand};
