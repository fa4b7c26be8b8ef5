import { createRequire as __firebreakCreateRequire } from 'node:module'; const require = __firebreakCreateRequire(import.meta.url);
import{u as l,v as w,w as g}from"./chunk-ELJ2IEVL.js";import{b as c,i as u}from"./chunk-EXDKBYTV.js";import"./chunk-SY7JJFXT.js";import"./chunk-RV5JLJJR.js";import"./chunk-E3RT5E4H.js";import{b as f}from"./chunk-RQXX7GF6.js";import"./chunk-TWVWCDK2.js";import"./chunk-ERFIXSTA.js";import"./chunk-UQS5JADF.js";import"./chunk-WHP3E2YJ.js";import{parseArgs as h}from"node:util";var y=`Usage: firebreak report [--since 90d] [--dir docs/postmortems] [--json]

Incidents by severity, MTTA and MTTR (median and p90), response-target breaches and open action items,
from the postmortems' index.json.
  --since DURATION  the period, back from now: 30d, 12w, 90d (default 90d)
  --dir DIR         the postmortem directory (default: postmortem.directory, docs/postmortems)
  --json            print the report as JSON instead of markdown
`,m=class extends Error{};async function j(n,e){try{return await x(n,e)}catch(t){if(!(t instanceof m))throw t;return e.stderr.write(`firebreak report: ${t.message}
${y}`),2}}async function x(n,e){let t;try{t=h({args:[...n],allowPositionals:!1,options:{since:{type:"string",default:"90d"},dir:{type:"string"},json:{type:"boolean",default:!1},help:{type:"boolean",short:"h"}}})}catch(p){throw new m(p.message)}let{values:o}=t;if(o.help)return e.stdout.write(y),0;let i=f(o.since);if(i===void 0||i===0)throw new m(`--since takes a duration such as 30d, 12w or 90d, not "${o.since}"`);let a=c(o.dir??e.config?.postmortem.directory??""),r=await I(a,e);if(r===null)return 1;let d=w(r,{now:e.now,since:i});return e.stdout.write(o.json?`${JSON.stringify(d,null,2)}
`:g(d)),0}async function I(n,e){let t=`${n}/index.json`,o;try{o=await e.readFile(t)}catch{return e.stderr.write(`firebreak report: no ${t} yet (it is written when the first postmortem is merged); reporting no incidents
`),[]}let i;try{i=l(o)}catch(r){return e.stderr.write(`firebreak report: ${t}: ${r.message}
`),null}let a=[];for(let r of i){if(/[\\/]|^\./.test(r.file)){e.stderr.write(`firebreak report: ${t}: ignoring the file name ${JSON.stringify(r.file)}
`),a.push({...r,actionItems:[]});continue}try{let d=u(await e.readFile(`${n}/${r.file}`)),p=new Map(r.actionItems.map(s=>[s.text,s.issue]));a.push({...r,actionItems:d.actionItems.map(s=>({text:s.text,owner:s.owner,done:s.done,issue:p.get(s.text)??null}))})}catch(d){e.stderr.write(`firebreak report: ${n}/${r.file}: ${d.message}; using its action items from the index
`),a.push(r)}}return a}export{y as REPORT_USAGE,j as runReportCommand};
