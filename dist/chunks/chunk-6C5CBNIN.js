import { createRequire as __firebreakCreateRequire } from 'node:module'; const require = __firebreakCreateRequire(import.meta.url);
function o(n,e){return`${n}:${e.line}${e.column===void 0?"":`:${e.column}`}: ${e.severity}: ${e.message}
`}function r(n){return n.replace(/%/g,"%25").replace(/\r/g,"%0D").replace(/\n/g,"%0A")}function i(n){return r(n).replace(/:/g,"%3A").replace(/,/g,"%2C")}function l(n,e){let t=[`file=${i(n)}`,`line=${e.line}`,...e.column===void 0?[]:[`col=${e.column}`],"title=Postmortem lint"];return`::${e.severity} ${t.join(",")}::${r(e.message)}
`}export{o as a,l as b};
