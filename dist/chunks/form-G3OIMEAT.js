import { createRequire as __firebreakCreateRequire } from 'node:module'; const require = __firebreakCreateRequire(import.meta.url);
import{a as F,d as w,g as E}from"./chunk-JGVGA535.js";import"./chunk-ZQXXUHKJ.js";import{e as d}from"./chunk-D4VKN3Z3.js";import{a as o,d as b,e as $,g as h,h as m}from"./chunk-SYFIODPC.js";import"./chunk-DT4CWIJV.js";var R=$(d);async function T(r,t){return h(d,r,t,async({values:s})=>{let n=m(s,"template"),c=m(s,"body");if(n===void 0||c===void 0)throw new b("both --template and --body are required");let l=async(e,a)=>{try{return a==="-"&&e==="body"?await t.readStdin():await t.readFile(a)}catch(g){let y=g.code,j=y==="ENOENT"?"no such file":y==="EISDIR"?"it is a directory":g.message;return t.stderr(`firebreak form parse: cannot read the ${e} "${a}": ${j}
`),null}},f=await l("template",n);if(f===null)return o.problems;let u;try{u=w(f)}catch(e){if(!(e instanceof F))throw e;return t.stderr(`firebreak form parse: "${n}" is not a usable issue form:
${e.problems.map(a=>`  - ${a}
`).join("")}`),o.problems}let p=await l("body",c);if(p===null)return o.problems;let i=E(p,u);if(s.json===!0){t.stdout(`${JSON.stringify(i.fields,null,2)}
`);for(let e of i.diagnostics)t.stderr(`warning: ${e.message}
`);return o.ok}return t.stdout(P(i.fields)),i.diagnostics.length>0&&t.stdout(`
${i.diagnostics.map(e=>`warning: ${e.message}`).join(`
`)}
`),o.ok})}function P(r){return Object.entries(r).map(([t,s])=>{let n=x(s);return n.includes(`
`)?`${t}:
${n.replace(/^/gm,"  ")}`:`${t}: ${n}`}).join(`
`).concat(`
`)}function x(r){return r===null?"(no answer)":typeof r=="string"?r:Array.isArray(r)?r.length===0?"(none)":r.join(", "):`ticked: ${r.selected.join(", ")||"(none)"}${r.unselected.length>0?`; not ticked: ${r.unselected.join(", ")}`:""}`}export{R as FORM_PARSE_USAGE,T as runFormParseCommand};
