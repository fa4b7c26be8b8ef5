import { createRequire as __firebreakCreateRequire } from 'node:module'; const require = __firebreakCreateRequire(import.meta.url);
import{a as n}from"./chunk-NXI2JUW2.js";function i(r){return n.indexOf(r)}function o(r,e){return i(r)<=i(e)?r:e}function u(r){let e=null;for(let t of r)e=e===null?t:o(e,t);return e}export{i as a,o as b,u as c};
