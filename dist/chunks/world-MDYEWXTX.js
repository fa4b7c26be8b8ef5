import { createRequire as __firebreakCreateRequire } from 'node:module'; const require = __firebreakCreateRequire(import.meta.url);
import{a as l,b as t}from"./chunk-P3VB2ASS.js";import"./chunk-DT4CWIJV.js";function o(){return{clock:t(l()),pacing:"github",watchUntil:null,pagerDutyUrl:null}}export{o as realWorld};
