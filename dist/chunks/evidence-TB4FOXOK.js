import { createRequire as __firebreakCreateRequire } from 'node:module'; const require = __firebreakCreateRequire(import.meta.url);
import{b as m,h as l}from"./chunk-W2ORM5XN.js";import"./chunk-WHP3E2YJ.js";import{readFile as w}from"node:fs/promises";import{parseArgs as g}from"node:util";var s=`Usage: firebreak evidence verify <file|-> [--head HASH] [--count N]

Checks an incident's evidence ledger (evidence/incident-<n>.jsonl on branch incident-evidence/<n>):
every entry against its hash, each link to the entry before it, and their order.
  <file|->      the ledger file, or - to read it from standard input, e.g.
                git show incident-evidence/12:evidence/incident-12.jsonl | firebreak evidence verify -
  --head HASH   the evidence head the incident's summary shows: entries removed from the end are detected
  --count N     the number of entries the summary shows
Exit status: 0 when the ledger verifies, 1 when it is broken, 2 for a usage error or an unreadable file.
`,i=class extends Error{};async function H(t,e){try{return await x(t,e)}catch(n){if(!(n instanceof i))throw n;return e.stderr.write(`firebreak evidence: ${n.message}
`),2}}function v(t){try{return g({args:[...t],allowPositionals:!0,strict:!0,options:{head:{type:"string"},count:{type:"string"},help:{type:"boolean",short:"h"}}})}catch(e){throw new i(`${e.message}
${s}`)}}function y(t,e){let n={};if(t!==void 0){let d=m(t);if(d===null)throw new i(`--head "${t}" is not a SHA-256 (64 hexadecimal digits)`);n.expectedHead=d}if(e!==void 0){if(!/^\d+$/.test(e.trim()))throw new i(`--count "${e}" is not a whole number`);n.expectedCount=Number(e.trim())}return n}async function x(t,e){let{values:n,positionals:d}=v(t);if(n.help)return e.stdout.write(s),0;let[a,o,...u]=d;if(a!=="verify")throw new i(`${a===void 0?"name a subcommand":`unknown subcommand "${a}"`}
${s}`);if(o===void 0)throw new i(`name the ledger file (or - for standard input)
${s}`);if(u.length>0)throw new i(`one ledger at a time (got ${[o,...u].join(", ")})`);let c=y(n.head,n.count),f;try{f=o==="-"?await e.readStdin():await e.readFile(o)}catch(p){return e.stderr.write(`firebreak evidence: cannot read ${o}: ${p.message}
`),2}let r=l(f,c);if(!r.ok)return e.stdout.write(`BROKEN at entry ${r.firstBroken} (${r.reason}): ${r.detail}
`),1;let h=[`OK: ${r.count===1?"1 entry":`${r.count} entries`}, the chain holds.`,`Head: ${r.head}`];return(c.expectedHead!==void 0||c.expectedCount!==void 0)&&h.push(r.unrecorded===0?"It matches what the incident recorded.":`It contains what the incident recorded, and ${r.unrecorded===1?"1 entry":`${r.unrecorded} entries`} added after that.`),e.stdout.write(`${h.join(`
`)}
`),0}function I(){return{stdout:process.stdout,stderr:process.stderr,readFile:t=>w(t,"utf8"),async readStdin(){let t=[];for await(let e of process.stdin)t.push(e);return Buffer.concat(t).toString("utf8")}}}export{s as EVIDENCE_USAGE,I as nodeEvidenceIo,H as runEvidenceCommand};
