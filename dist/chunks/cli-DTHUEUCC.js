import { createRequire as __firebreakCreateRequire } from 'node:module'; const require = __firebreakCreateRequire(import.meta.url);
import{b as a,c as b}from"./chunk-5HUYCPKQ.js";import"./chunk-UQS5JADF.js";import"./chunk-WHP3E2YJ.js";export{a as parseEmulatorArgs,b as runEmulatorCommand};
