import { createRequire as __firebreakCreateRequire } from 'node:module'; const require = __firebreakCreateRequire(import.meta.url);
var R="0.1.0",E="firebreak-dev/firebreak",e=`v${R}`;export{R as a,E as b,e as c};
