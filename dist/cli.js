#!/usr/bin/env node
import { createRequire as __firebreakCreateRequire } from 'node:module'; const require = __firebreakCreateRequire(import.meta.url);
import{readFile as m}from"node:fs/promises";var u=`Usage: firebreak <command> [options]

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
`;async function d(r){try{return await m(r,"utf8")}catch(a){if(a.code==="ENOENT")return null;throw a}}async function f(r=".github/firebreak.yml"){let{loadConfig:a,formatProblems:t,hasErrors:s}=await import("./chunks/config-W7X2APSV.js"),o=a(await d(r),r);return s(o.problems)&&process.stderr.write(`${t(o.problems,r)}
Using the playbook defaults instead.
`),o.config}async function p(r){let[a,...t]=r,s=process.stdout,o=process.stderr;switch(a){case"simulate":{let{runSimulateCommand:n}=await import("./chunks/cli-52Z7XCDS.js");return n(t)}case"emulator":{let{runEmulatorCommand:n}=await import("./chunks/cli-BE4I3FO6.js");return n(t)}case"validate":{let{runValidateCommand:n}=await import("./chunks/config-W7X2APSV.js");return n(t,{readFile:d,stdout:e=>s.write(`${e}
`),stderr:e=>o.write(`${e}
`)})}case"oncall":{let{runOncallCommand:n}=await import("./chunks/oncall-FJF6PB54.js"),e=t.indexOf("--config"),i=await f(e>=0?t[e+1]:void 0),l=e>=0?t.filter((w,c)=>c!==e&&c!==e+1):t;return n(l,{config:i,now:new Date,stdout:s,stderr:o})}case"form":{if(t[0]!=="parse")return o.write(`usage: firebreak form parse --template <form.yml> --body <file|->
`),2;let{runFormParseCommand:n}=await import("./chunks/forms-LGNO5PMT.js");return n(t.slice(1),{readFile:e=>m(e,"utf8"),readStdin:async()=>{let e=[];for await(let i of process.stdin)e.push(i);return Buffer.concat(e).toString("utf8")},stdout:e=>s.write(e),stderr:e=>o.write(e)})}case"preview":{let{runPreviewCommand:n,nodePreviewIo:e}=await import("./chunks/preview-MU5B33L6.js");return n(t,e())}case void 0:case"help":case"--help":case"-h":return s.write(u),a===void 0?2:0;default:return o.write(`firebreak: unknown command "${a}".
${u}`),2}}p(process.argv.slice(2)).then(r=>{process.exitCode=r},r=>{process.stderr.write(`firebreak: ${r instanceof Error?r.stack??r.message:String(r)}
`),process.exitCode=1});
