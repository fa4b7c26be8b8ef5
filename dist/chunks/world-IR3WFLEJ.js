import { createRequire as __firebreakCreateRequire } from 'node:module'; const require = __firebreakCreateRequire(import.meta.url);
import{a as l,b as t}from"./chunk-P3VB2ASS.js";import"./chunk-DT4CWIJV.js";var o=3e4;function r(){return{clock:t(l()),pacing:"github",watchUntil:null,watchPollMs:o,pagerDutyUrl:null}}export{o as WATCH_POLL_MS,r as realWorld};
