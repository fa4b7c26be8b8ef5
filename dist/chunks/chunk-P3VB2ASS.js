import { createRequire as __firebreakCreateRequire } from 'node:module'; const require = __firebreakCreateRequire(import.meta.url);
function t(){return{now:()=>new Date,sleep:e=>new Promise(o=>setTimeout(o,e))}}function n(e){return{now:()=>new Date(Math.floor(e.now().getTime()/1e3)*1e3),sleep:o=>e.sleep(o)}}export{t as a,n as b};
