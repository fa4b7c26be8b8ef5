import { createRequire as __firebreakCreateRequire } from 'node:module'; const require = __firebreakCreateRequire(import.meta.url);
import{a as d,b as g,c as w}from"./chunk-HZWJTKGA.js";import"./chunk-7GKHFOJQ.js";import"./chunk-V4GLMW5U.js";import"./chunk-AHZAEJTJ.js";import"./chunk-E3RYWXBC.js";import"./chunk-WHP3E2YJ.js";import{parseArgs as y}from"node:util";var h=`Usage: firebreak postmortem lint <files\u2026> [--format text|github]

Checks postmortem files: valid front matter, no section left as a _TODO placeholder and an owner for
every action item (errors, exit 1); blameful language (warnings).
  --format github   print GitHub workflow commands (annotations on the pull request) instead of text
`,n=class extends Error{};async function C(o,t){try{return await $(o,t)}catch(r){if(!(r instanceof n))throw r;return t.stderr.write(`firebreak postmortem: ${r.message}
${h}`),2}}async function $(o,t){let[r,...b]=o;if(r===void 0||r==="help"||r==="--help"||r==="-h")return t.stdout.write(h),r===void 0?2:0;if(r!=="lint")throw new n(`unknown subcommand "${r}"`);let i;try{i=y({args:[...b],allowPositionals:!0,options:{format:{type:"string",default:"text"}}})}catch(e){throw new n(e.message)}let a=i.values.format;if(a!=="text"&&a!=="github")throw new n(`--format is text or github, not "${a}"`);if(i.positionals.length===0)throw new n("name the postmortem files to lint");let m=0,p=0,u=0;for(let e of i.positionals){let c=e.split(/[\\/]/).pop()??e;if(!/\.md$/i.test(c)||/^readme\.md$/i.test(c)){t.stderr.write(`${e}: skipped (not a postmortem)
`);continue}u+=1;let f;try{f=w(await t.readFile(e),e,t.config)}catch(s){f=[{severity:"error",line:1,message:`cannot read the file: ${s.message}`}]}for(let s of f)s.severity==="error"?m+=1:p+=1,t.stdout.write(a==="github"?g(e,s):d(e,s))}return t.stderr.write(`${l(m,"error")}, ${l(p,"warning")} in ${l(u,"postmortem")}
`),m>0?1:0}function l(o,t){return`${o} ${t}${o===1?"":"s"}`}export{h as POSTMORTEM_USAGE,C as runPostmortemCommand};
