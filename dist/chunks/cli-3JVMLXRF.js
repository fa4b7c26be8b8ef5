import { createRequire as __firebreakCreateRequire } from 'node:module'; const require = __firebreakCreateRequire(import.meta.url);
import{c as a,d as b}from"./chunk-FXQYISIH.js";import"./chunk-E3RYWXBC.js";import"./chunk-WHP3E2YJ.js";export{a as parseEmulatorArgs,b as runEmulatorCommand};
