#!/usr/bin/env node
import { createRequire as __firebreakCreateRequire } from 'node:module'; const require = __firebreakCreateRequire(import.meta.url);
import{readFile as d}from"node:fs/promises";var f=`Usage: firebreak <command> [options]

Commands:
  simulate <scenario.yml> [--json] [--transcript] [--out DIR]
                          replay a scenario through the action on the local GitHub emulator
  emulator [--port N]     run the GitHub emulator on loopback
  validate [path]         check .github/firebreak.yml (or the playbook defaults in use)
  oncall [--at TIME] [--rotation NAME | --service NAME] [--schedule --days N]
                          who is on call, and the upcoming shifts
  form parse --template <form.yml> --body <file|->
                          parse an issue body filed from a form
  preview <template> [--incident FILE]
                          render a message template
  init [--dry-run] [--force] [--repo owner/name] [--ref REF] [--no-labels]
                          add the forms, workflows and config, and create the labels
  doctor [--repo owner/name] [--config PATH]
                          check the repository's Firebreak setup on GitHub
  postmortem lint <files\u2026> [--format github]
                          check postmortems: front matter, placeholders, owners, blameful language
  report [--since 90d] [--dir docs/postmortems] [--json]
                          incidents by severity, MTTA and MTTR, breaches, open action items
  evidence verify <file|-> [--head HASH] [--count N]
                          verify a security incident's hash-chained evidence ledger
`;async function p(n){try{return await d(n,"utf8")}catch(i){if(i.code==="ENOENT")return null;throw i}}async function u(n=".github/firebreak.yml"){let{loadConfig:i,formatProblems:r,hasErrors:a}=await import("./chunks/config-CH7UA3SS.js"),o=i(await p(n),n);return a(o.problems)&&process.stderr.write(`${r(o.problems,n)}
Using the playbook defaults instead.
`),o.config}async function w(n){let[i,...r]=n,a=process.stdout,o=process.stderr;switch(i){case"simulate":{let{runSimulateCommand:t}=await import("./chunks/cli-KCYDPPKU.js");return t(r)}case"emulator":{let{runEmulatorCommand:t}=await import("./chunks/cli-3JVMLXRF.js");return t(r)}case"validate":{let{runValidateCommand:t}=await import("./chunks/config-CH7UA3SS.js"),{repositoryGateway:e}=await import("./chunks/connect-Y3H4TRUB.js"),{nodeSetupIO:s}=await import("./chunks/node-io-RGMFL67N.js"),c=await e(s());return t(r,{readFile:p,stdout:m=>a.write(`${m}
`),stderr:m=>o.write(`${m}
`),...c?{gateway:c}:{}})}case"oncall":{let{runOncallCommand:t}=await import("./chunks/oncall-2JKV3LH3.js"),e=r.indexOf("--config"),s=await u(e>=0?r[e+1]:void 0),c=e>=0?r.filter((m,l)=>l!==e&&l!==e+1):r;return t(c,{config:s,now:new Date,stdout:a,stderr:o})}case"form":{if(r[0]!=="parse")return o.write(`usage: firebreak form parse --template <form.yml> --body <file|->
`),2;let{runFormParseCommand:t}=await import("./chunks/forms-INNPKQZ2.js");return t(r.slice(1),{readFile:e=>d(e,"utf8"),readStdin:async()=>{let e=[];for await(let s of process.stdin)e.push(s);return Buffer.concat(e).toString("utf8")},stdout:e=>a.write(e),stderr:e=>o.write(e)})}case"init":{let{runInitCommand:t}=await import("./chunks/init-KZR26ASI.js");return t(r)}case"doctor":{let{runDoctorCommand:t}=await import("./chunks/doctor-FK2277N3.js");return t(r)}case"postmortem":{let{runPostmortemCommand:t}=await import("./chunks/postmortem-AGXY3WSH.js");return t(r,{stdout:a,stderr:o,readFile:e=>d(e,"utf8"),config:await u()})}case"report":{let{runReportCommand:t}=await import("./chunks/report-5V6TH72U.js");return t(r,{stdout:a,stderr:o,readFile:e=>d(e,"utf8"),now:new Date,config:await u()})}case"evidence":{let{runEvidenceCommand:t,nodeEvidenceIo:e}=await import("./chunks/evidence-TB4FOXOK.js");return t(r,e())}case"preview":{let{runPreviewCommand:t,nodePreviewIo:e}=await import("./chunks/preview-7TECKNBM.js");return t(r,e())}case"--version":case"version":{let{VERSION:t}=await import("./chunks/version-3B6UW3UA.js");return a.write(`firebreak ${t}
`),0}case void 0:case"help":case"--help":case"-h":return a.write(f),i===void 0?2:0;default:return o.write(`firebreak: unknown command "${i}".
${f}`),2}}w(process.argv.slice(2)).then(n=>{process.exitCode=n},n=>{process.stderr.write(`firebreak: ${n instanceof Error?n.stack??n.message:String(n)}
`),process.exitCode=1});
