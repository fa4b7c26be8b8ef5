import { createRequire as __firebreakCreateRequire } from 'node:module'; const require = __firebreakCreateRequire(import.meta.url);
import{b as I,c,d as P,e as N,f as R}from"./chunk-PW7NAHOX.js";import{a as v}from"./chunk-K7QWHEB2.js";import{a as q}from"./chunk-ZD43L3WJ.js";import{d as T}from"./chunk-DT4CWIJV.js";var z="gh-pages";function be(n,e=null){if(e!==null)return e;let t=/^https?:\/\/[^/]+\/([^/]+)\/([^/]+)\//.exec(n);if(!t)return"the status page";let[,r="",i=""]=t;return`https://${r.toLowerCase()}.github.io/${i}/`}function K(n){return{number:n.number,severity:n.severity,status:n.status,security:n.security,services:[...n.services],openedAt:n.openedAt,resolvedAt:n.resolvedAt,updates:n.events.flatMap(e=>e.type==="published"?[{at:e.at,status:e.status,text:e.text,key:e.key??e.at}]:[])}}function ye(n,e,t={branch:z}){let r=o=>o?.events.filter(a=>a.type==="published").length??0;return r(e)===0||!(r(e)>r(n)||(n?.resolvedAt??null)!==e.resolvedAt)?null:{kind:"statusPage",branch:t.branch,incident:K(e),describe:`status page: incident #${e.number} (${e.resolvedAt?"resolved":e.status})`}}var p=T(q(),1);function J(n){return n.map((e,t)=>typeof e=="number"?`[${e}]`:t===0?e:`.${e}`).join("")}var k=class{constructor(e=null,t=null){this.doc=e;this.lines=t}doc;lines;problems=[];error(e,t){this.add("error",e,t)}warning(e,t){this.add("warning",e,t)}add(e,t,r){this.problems.push({severity:e,path:J(t),line:this.lineOf(t),message:r})}lineOf(e){if(!this.doc||!this.lines)return null;for(let t=e.length;t>=0;t--){let i=(t===0?this.doc.contents:this.doc.getIn(e.slice(0,t),!0))?.range;if(i)return this.lines.linePos(i[0]).line}return null}};function w(n){let e=new p.LineCounter;if((0,p.parseAllDocuments)(n,{version:"1.1"}).length>1){let i=new k;return i.error([],"the file holds more than one YAML document: remove the extra `---` line (GitHub then sees no `body`)"),{data:null,list:i}}let t=(0,p.parseDocument)(n,{version:"1.1",lineCounter:e}),r=new k(t,e);if(t.errors.length>0){for(let i of t.errors)r.problems.push({severity:"error",path:"",line:i.linePos?.[0].line??null,message:i.message.split(`
`)[0]??""});return{data:null,list:r}}return t.contents===null?(r.error([],"the file is empty"),{data:null,list:r}):((0,p.visit)(t,{Pair(i,o){if((0,p.isScalar)(o.key)&&typeof o.key.value=="boolean"){let a=o.key.range;r.problems.push({severity:"error",path:"",line:a?e.linePos(a[0]).line:null,message:`forbidden key "${String(o.key.source)}": YAML reads it as a boolean`})}}}),{data:t.toJS(),list:r})}function V(n){let{data:e,list:t}=w(n);if(e===null)return t.problems;if(!c(e))return t.error([],"config.yml is a YAML mapping (`blank_issues_enabled`, `contact_links`)"),t.problems;for(let i of Object.keys(e))i!=="blank_issues_enabled"&&i!=="contact_links"&&t.error([i],`\`${i}\` is not a permitted key`);e.blank_issues_enabled!==void 0&&typeof e.blank_issues_enabled!="boolean"&&t.error(["blank_issues_enabled"],"must be true or false");let r=e.contact_links;return r===void 0?t.problems:!Array.isArray(r)||r.length===0?(t.error(["contact_links"],"must be a non-empty list of {name, url, about}"),t.problems):(r.forEach((i,o)=>{if(!c(i)){t.error(["contact_links",o],"a contact link is a mapping with `name`, `url` and `about`");return}for(let a of Object.keys(i))["name","url","about"].includes(a)||t.error(["contact_links",o,a],`\`${a}\` is not a permitted key`);for(let a of["name","url","about"]){let s=i[a];typeof s!="string"||s.trim()===""?t.error(["contact_links",o,a],`\`${a}\` must be a non-empty string`):a==="url"&&!/^https?:\/\//.test(s)&&t.error(["contact_links",o,a],"must be an http(s) URL")}}),t.problems)}var X=["name","description","title","labels","assignees","projects","type","body"],C={markdown:["type","attributes"],textarea:["type","id","attributes","validations"],input:["type","id","attributes","validations"],dropdown:["type","id","attributes","validations"],checkboxes:["type","id","attributes"],upload:["type","id","attributes","validations"]},Z={markdown:["value"],textarea:["label","description","placeholder","value","render"],input:["label","description","placeholder","value"],dropdown:["label","description","multiple","options","default"],checkboxes:["label","description","options"],upload:["label","description"]},Q=["password"],A=50,ee=/^[a-zA-Z0-9](-?[a-zA-Z0-9])*$/,te=39;function ne(n){return n.normalize("NFKD").replace(new RegExp("\\p{M}+","gu"),"").toLowerCase().replace(/[^a-z0-9\-_]+/g,"-").replace(/-{2,}/g,"-").replace(/^-|-$/g,"")}var $=class{constructor(e){this.list=e}list;string(e,t,r){return t==null?(r&&this.list.error(e,`required key \`${String(e[e.length-1])}\` is missing`),!1):typeof t!="string"?(this.list.error(e,'must be a string; quote values such as "Yes", "true" or "1.0"'),!1):t.trim()===""?(this.list.error(e,"must not be empty or only whitespace; remove the key instead"),!1):!0}permittedKeys(e,t,r){for(let i of Object.keys(t))r.includes(i)||this.list.error([...e,i],`\`${i}\` is not a permitted key here (allowed: ${r.join(", ")})`)}names(e,t,r){let i=typeof t=="string"?t.split(",").map(a=>a.trim()):Array.isArray(t)?t:[];!Array.isArray(t)&&typeof t!="string"&&this.list.error(e,"must be a list or a comma-separated string"),Array.isArray(t)&&t.length===0&&this.list.error(e,"must not be an empty list; remove the key instead");let o=new Set;i.forEach((a,s)=>{let d=Array.isArray(t)?[...e,s]:e;if(!this.string(d,a,!0))return;let l=a.trim();o.has(l)&&this.list.error(d,`${r} "${l}" is listed twice`),o.add(l),r==="label"&&l.length>A&&this.list.error(d,`label "${l}" is longer than GitHub's ${A}-character limit for label names`),r==="assignee"&&(!ee.test(l)||l.length>te)&&this.list.error(d,`"${l}" is not a GitHub login`)})}dropdownOptions(e,t,r){if(!Array.isArray(t)||t.length===0){this.list.error(e,"a dropdown needs a non-empty list of `options`");return}let i=new Set;t.forEach((o,a)=>{if(typeof o=="boolean"){this.list.error([...e,a],`options must not include booleans: wrap "${o?"Yes":"No"}"-like values in quotes`);return}this.string([...e,a],o,!0)&&(i.has(o)&&this.list.error([...e,a],`options must be unique: "${o}" appears twice`),i.add(o),o.trim().toLowerCase()==="none"&&this.list.error([...e,a],'options must not include the reserved word "None" (GitHub offers it for an optional dropdown)'))}),r!==void 0&&(!Number.isInteger(r)||r<0||r>=t.length)&&this.list.error([...e.slice(0,-1),"default"],`\`default\` must be the index of an option (0 to ${t.length-1})`)}checkboxOptions(e,t){if(!Array.isArray(t)||t.length===0)return this.list.error(e,"checkboxes need a non-empty list of `options`"),[];let r=[];return t.forEach((i,o)=>{if(!c(i)){this.list.error([...e,o],"a checkbox option is a mapping with `label` (and optionally `required`)");return}this.permittedKeys([...e,o],i,["label","required"]),i.required!==void 0&&typeof i.required!="boolean"&&this.list.error([...e,o,"required"],"must be true or false"),this.string([...e,o,"label"],i.label,!0)&&(r.includes(i.label)&&this.list.error([...e,o,"label"],`checkboxes must have unique labels: "${i.label}" appears twice`),r.push(i.label))}),r}element(e,t){if(!c(t))return this.list.error(e,"a body element must be a mapping with `type` and `attributes`"),null;let r=t.type;if(typeof r!="string"||!(r in C))return this.list.error([...e,"type"],r===void 0?"required key `type` is missing":`"${String(r)}" is not a valid input type`),null;this.permittedKeys(e,t,C[r]);let i=t.attributes;if(!c(i))return this.list.error([...e,"attributes"],"required key `attributes` is missing or not a mapping"),null;let o=[...e,"attributes"];this.permittedKeys(o,i,Z[r]);for(let u of["description","placeholder","value","render"])u in i&&!(r==="markdown"&&u==="value")&&this.string([...o,u],i[u],!1);if(r==="markdown")return this.string([...o,"value"],i.value,!0),null;let a=null;if(t.id!==void 0&&(typeof t.id!="string"||!/^[A-Za-z0-9_-]+$/.test(t.id)?this.list.error([...e,"id"],'`id` can only contain letters, digits, "-" and "_"'):a=t.id),c(t.validations)){this.permittedKeys([...e,"validations"],t.validations,r==="upload"?["required","accept"]:["required"]);let u=t.validations.required;u!==void 0&&typeof u!="boolean"&&this.list.error([...e,"validations","required"],"must be true or false")}else t.validations!==void 0&&this.list.error([...e,"validations"],"must be a mapping");r==="dropdown"&&i.multiple!==void 0&&typeof i.multiple!="boolean"&&this.list.error([...o,"multiple"],"must be true or false");let s=r==="checkboxes"?this.checkboxOptions([...o,"options"],i.options):[];if(r==="dropdown"&&this.dropdownOptions([...o,"options"],i.options,i.default),!this.string([...o,"label"],i.label,!0))return null;let d=i.label,l=Q.find(u=>d.toLowerCase().includes(u));return(r==="input"||r==="textarea")&&l&&this.list.error([...o,"label"],`label contains the forbidden word "${l}"`),{label:d,id:a,checkboxes:s}}};function re(n){let{data:e,list:t}=w(n);if(e===null)return t.problems;if(!c(e))return t.error([],"an issue form is a YAML mapping with `name`, `description` and `body`"),t.problems;let r=new $(t);r.permittedKeys([],e,X),r.string(["name"],e.name,!0),r.string(["description"],e.description,!0);for(let s of["title","type"])r.string([s],e[s],!1);if(e.labels!==void 0&&r.names(["labels"],e.labels,"label"),e.assignees!==void 0&&r.names(["assignees"],e.assignees,"assignee"),e.projects!==void 0&&!(Array.isArray(e.projects)&&e.projects.every(s=>typeof s=="string"))&&t.error(["projects"],'must be a list of "OWNER/NUMBER" strings'),!Array.isArray(e.body)||e.body.length===0)return t.error(["body"],e.body===void 0?"required key `body` is missing":"`body` must be a non-empty list"),t.problems;let i=e.body,o=i.flatMap((s,d)=>{let l=r.element(["body",d],s);return l?[{index:d,...l}]:[]});i.every(s=>c(s)&&s.type==="markdown")&&t.error(["body"],"body must contain at least one non-markdown field");let a={id:new Map,reference:new Map,key:new Map,label:new Map};for(let s of o){let d=["body",s.index,"attributes","label"],l=(b,O)=>{let F=a[b].get(O);return F||a[b].set(O,s),F};if(s.id!==null){let b=l("id",s.id);b&&t.error(["body",s.index,"id"],`body must have unique ids: "${s.id}" is also the id of body[${b.index}]`)}let u=l("label",s.label),y=s.id??ne(s.label),m=l("reference",y),f=s.id??I(s.label),g=l("key",f),E=b=>b.id===null||s.id===null;u&&u.id===null&&s.id===null?t.error(d,`body must have unique labels: "${s.label}" is also the label of body[${u.index}]`):m&&E(m)?t.error(d,`labels are too similar: body[${m.index}] and this field both become "${y}"; give one of them an id`):g&&E(g)?t.error(d,`Firebreak would file this answer and body[${g.index}]'s under the same key "${f}"; give one of them a distinct id`):u&&t.warning(d,`"${s.label}" is also the label of body[${u.index}]: the issue will show two identical headings`)}for(let s of o)s.checkboxes.forEach((d,l)=>{let u=a.label.get(d);u&&t.error(["body",s.index,"attributes","options",l,"label"],`checkbox "${d}" has the same label as body[${u.index}]`)});return t.problems}var L=new Map([[`# Firebreak's incident form (also what \`firebreak init\` installs). Firebreak reads the answers by field
# id, so keep the ids when you edit labels, descriptions or options. Severity options must keep their
# "P0 - " \u2026 "P4 - " prefixes: that prefix is what Firebreak reads.
name: Incident
description: Something is broken, degraded or at risk right now. Files an incident and pages the on-call.
title: "[Incident] "
labels: [incident]
body:
  - type: markdown
    attributes:
      value: |
        **What happens next.** When you submit this form, Firebreak sets the severity (your choice, or a higher one if your answers call for it), labels the issue, assigns the on-call engineer as incident commander, posts the internal alert and keeps one summary comment up to date. Only *What happened?* and *Severity* are needed to start; add the rest when you know it.

        **Security incident or possible data breach?** Use the *Security incident* form instead. In a public repository everything written in an issue is public: do not paste secrets, personal data or exploit details here.
  - type: textarea
    id: what-happened
    attributes:
      label: What happened?
      description: What is broken or degraded, and what are users seeing? Error messages, affected pages or endpoints.
      placeholder: Checkout returns HTTP 502 for about a third of requests since the 09:40 deploy.
    validations:
      required: true
  - type: dropdown
    id: severity
    attributes:
      label: Severity
      description: "Pick the highest level that applies. Response targets: P0 immediately, P1 within 1 hour, P2 within 4 hours."
      options:
        - "P0 - Critical: complete outage for all users, confirmed data breach or active security compromise"
        - "P1 - High: major functionality down for many users, severe slowdown, or potential security incident"
        - "P2 - Medium: minor functionality or performance degraded, workaround exists, minor security alert"
        - "P3 - Low: cosmetic, no functional impact"
        - "P4 - Informational: observation requiring investigation"
        - "Not sure"
    validations:
      required: true
  - type: textarea
    id: who-is-affected
    attributes:
      label: Who is affected?
      description: Which users, customers, regions or internal teams, and roughly how many.
      placeholder: EU customers paying by card, about 30% of checkout attempts.
  - type: dropdown
    id: workaround
    attributes:
      label: Is there a workaround?
      options:
        - "Yes"
        - "Yes, partially"
        - "No"
        - "Unknown"
  # Teams: replace this starter list with your own services; each answer becomes a service label.
  - type: dropdown
    id: services
    attributes:
      label: Affected services
      description: Pick every service that is affected.
      multiple: true
      options:
        - api
        - web
        - database
        - payments
        - auth
        - other
  - type: dropdown
    id: detection
    attributes:
      label: How was it detected?
      options:
        - Monitoring alert
        - Customer report
        - Internal report
  - type: input
    id: started-at
    attributes:
      label: When did it start? (UTC)
      description: Your best estimate is fine.
      placeholder: "2026-03-02 09:40 UTC"
  - type: textarea
    id: links
    attributes:
      label: Links to dashboards and logs
      description: Dashboards, log searches, alerts, related issues or deploys.
      placeholder: |
        https://grafana.example.com/d/checkout
        https://github.com/acme/shop/pull/123
  - type: checkboxes
    id: impact-flags
    attributes:
      label: Data and security impact
      description: Tick what applies; either box alerts the security team.
      options:
        - label: Customer data may be at risk
        - label: Suspected security impact
`,{name:"Incident",description:"Something is broken, degraded or at risk right now. Files an incident and pages the on-call.",title:"[Incident]",labels:["incident"],assignees:[],fields:[{key:"what-happened",id:"what-happened",label:"What happened?",required:!0,type:"textarea",render:null},{key:"severity",id:"severity",label:"Severity",required:!0,type:"dropdown",options:["P0 - Critical: complete outage for all users, confirmed data breach or active security compromise","P1 - High: major functionality down for many users, severe slowdown, or potential security incident","P2 - Medium: minor functionality or performance degraded, workaround exists, minor security alert","P3 - Low: cosmetic, no functional impact","P4 - Informational: observation requiring investigation","Not sure"],multiple:!1,default:null},{key:"who-is-affected",id:"who-is-affected",label:"Who is affected?",required:!1,type:"textarea",render:null},{key:"workaround",id:"workaround",label:"Is there a workaround?",required:!1,type:"dropdown",options:["Yes","Yes, partially","No","Unknown"],multiple:!1,default:null},{key:"services",id:"services",label:"Affected services",required:!1,type:"dropdown",options:["api","web","database","payments","auth","other"],multiple:!0,default:null},{key:"detection",id:"detection",label:"How was it detected?",required:!1,type:"dropdown",options:["Monitoring alert","Customer report","Internal report"],multiple:!1,default:null},{key:"started-at",id:"started-at",label:"When did it start? (UTC)",required:!1,type:"input",render:null},{key:"links",id:"links",label:"Links to dashboards and logs",required:!1,type:"textarea",render:null},{key:"impact-flags",id:"impact-flags",label:"Data and security impact",required:!1,type:"checkboxes",options:[{label:"Customer data may be at risk",required:!1},{label:"Suspected security impact",required:!1}]}]}],[`# Firebreak's security incident form (also what \`firebreak init\` installs). Firebreak reads the answers
# by field id: keep the ids and the option texts of \`type\` and \`confirmed\` when you edit it.
name: Security incident
description: A data breach, unauthorized access, DDoS, vulnerability report or malware. Handled as restricted.
title: "[Security] "
labels: [incident, security]
body:
  - type: markdown
    attributes:
      value: |
        > [!WARNING]
        > **In a public repository, everything you write in this issue is public**, and GitHub keeps the edit history visible to readers, so deleting text later does not unpublish it.
        > Do not write secrets, personal data, exploit details or attacker indicators here. Report them through the private channel (this repository's private vulnerability reporting, linked from the *New issue* page, or your security team's private repository) and keep this issue to what is safe to publish.

        Firebreak assigns the security team and follows the security procedure for the type you pick. A confirmed data breach or an active compromise is P0.
  - type: dropdown
    id: type
    attributes:
      label: Type of incident
      options:
        - Data breach
        - Unauthorized access
        - DDoS
        - Vulnerability report
        - Malware
        - Other
    validations:
      required: true
  - type: dropdown
    id: confirmed
    attributes:
      label: Confirmed or suspected?
      options:
        - Confirmed
        - Suspected
    validations:
      required: true
  - type: textarea
    id: data-at-risk
    attributes:
      label: What data may be at risk?
      description: Kinds of data and roughly how much (for example "customer emails, about 2,000 accounts"). No samples of the data itself.
  - type: textarea
    id: systems
    attributes:
      label: Affected systems
      description: Services, hosts, accounts or repositories involved.
  - type: textarea
    id: detection
    attributes:
      label: How was it detected?
      description: Alert, report from a customer or researcher, log review, \u2026
`,{name:"Security incident",description:"A data breach, unauthorized access, DDoS, vulnerability report or malware. Handled as restricted.",title:"[Security]",labels:["incident","security"],assignees:[],fields:[{key:"type",id:"type",label:"Type of incident",required:!0,type:"dropdown",options:["Data breach","Unauthorized access","DDoS","Vulnerability report","Malware","Other"],multiple:!1,default:null},{key:"confirmed",id:"confirmed",label:"Confirmed or suspected?",required:!0,type:"dropdown",options:["Confirmed","Suspected"],multiple:!1,default:null},{key:"data-at-risk",id:"data-at-risk",label:"What data may be at risk?",required:!1,type:"textarea",render:null},{key:"systems",id:"systems",label:"Affected systems",required:!1,type:"textarea",render:null},{key:"detection",id:"detection",label:"How was it detected?",required:!1,type:"textarea",render:null}]}]]);function ie(n){let e=L.get(n);return e?structuredClone(e):P(n)}function x(n,e,t){throw new TypeError(`form "${n.name}", field "${e.key}": ${t}`)}function se(n,e,t){if(e.type==="checkboxes"){let i=t==null?[]:Array.isArray(t)?t:typeof t=="object"?t.selected:null;i===null&&x(n,e,"checkboxes take a list of option labels or {selected, unselected}");let o=e.options.map(s=>s.label),a=i.filter(s=>!o.includes(s));return a.length>0&&x(n,e,`no checkbox is labelled ${a.map(s=>JSON.stringify(s)).join(", ")}`),o.map(s=>`- [${i.includes(s)?"X":" "}] ${s}`).join(`
`)}t!==null&&typeof t=="object"&&!Array.isArray(t)&&x(n,e,"only checkboxes take {selected, unselected}"),Array.isArray(t)&&!(e.type==="dropdown"&&e.multiple)&&x(n,e,"only a dropdown with `multiple: true` takes a list");let r=(Array.isArray(t)?t.join(", "):t??"").trim();if(r==="")return R;if(e.type!=="dropdown"&&e.render){let i=N(r);return`${i}${e.render}
${r}
${i}`}return r}function oe(n,e){let t=new Set(n.fields.map(i=>i.key)),r=Object.keys(e).filter(i=>!t.has(i));if(r.length>0)throw new RangeError(`form "${n.name}" has no field ${r.map(i=>JSON.stringify(i)).join(", ")}; its fields are ${[...t].join(", ")}`);return n.fields.map(i=>`### ${i.label}

${se(n,i,e[i.key])}`).join(`

`)}var h="firebreak/state",W="schedule.json";async function _(n){let e=await n.getFile(W,h);return e?{index:ae(e.content),sha:e.sha}:{index:H(),sha:null}}function ae(n){try{let e=JSON.parse(n);if(e.version===1&&e.incidents&&typeof e.incidents=="object")return{version:1,incidents:e.incidents,...typeof e.paused=="string"?{paused:e.paused}:{},...typeof e.listed=="string"&&!Number.isNaN(Date.parse(e.listed))?{listed:e.listed}:{}}}catch{}return H()}function H(){return{version:1,incidents:{}}}function Ye(n,e,t,r=null){let i=n.incidents[String(e)];return!i||r!==null&&i.config!==r?!0:i.due!==null&&Date.parse(i.due)<=t.getTime()}function Ge(n,e){return{due:n?.toISOString()??null,...e!==null?{config:e}:{}}}async function Be(n,e,t,r={}){let{keep:i,paused:o,listed:a}=r,s=e??await _(n),d=s.index.incidents;for(let l=0;l<4;l++){let u=de(le(ue(s.index,t,i,a),d,s.index.incidents),o===void 0?s.index.paused:o),y=D(u),m=s.index;if(s.sha!==null&&y===D(m))return{index:u,before:m};try{return s.sha===null&&await ce(n),await n.putFile({path:W,branch:h,content:y,message:`firebreak: schedule index (${t.map(f=>`#${f.number}`).join(", ")||"pruned"})`,...s.sha?{sha:s.sha}:{}}),{index:u,before:m}}catch(f){if(!(f instanceof v&&(f.kind==="conflict"||f.kind==="validation"))||l===3)throw f;s=await _(n)}}throw new Error("unreachable: the schedule index update either returns or throws")}function D(n){let{incidents:e,...t}=n,r=Object.entries(e).map(([a,s])=>`    ${JSON.stringify(a)}: ${JSON.stringify(s)}`),i=Object.entries(t).map(([a,s])=>`  ${JSON.stringify(a)}: ${JSON.stringify(s)}`),o=r.length>0?`{
${r.join(`,
`)}
  }`:"{}";return`{
${[...i,`  "incidents": ${o}`].join(`,
`)}
}
`}function le(n,e,t){let r={...n.incidents},i=!1;for(let[o,a]of Object.entries(t)){if(JSON.stringify(e[o])===JSON.stringify(a))continue;let s=r[o];(s===void 0||M(a)<M(s))&&(r[o]=a,i=!0)}return i?{...n,incidents:Y(r)}:n}function Y(n){return Object.fromEntries(Object.entries(n).sort(([e],[t])=>Number(e)-Number(t)))}var M=n=>n.due===null?1/0:Date.parse(n.due);function de(n,e){let{paused:t,...r}=n;return e?{...r,paused:e}:r}function ue(n,e,t,r=n.listed){let i={};for(let[o,a]of Object.entries(n.incidents))(!t||t.has(Number(o)))&&(i[o]=a);for(let o of e){let a=i[String(o.number)];o.entry&&a&&a.due===o.entry.due&&a.config===o.entry.config||(o.entry?i[String(o.number)]=o.entry:delete i[String(o.number)])}return{version:1,incidents:Y(i),...r!=null?{listed:r}:{}}}async function ce(n){if(await n.getBranchSha(h))return;let e=await n.getRepo(),t=await n.getBranchSha(e.defaultBranch);if(!t)throw new Error(`Cannot create branch ${h}: the default branch ${e.defaultBranch} has no commits.`);try{await n.createBranch(h,t)}catch(r){if(!(r instanceof v&&r.kind==="validation"))throw r}}var U=T(q(),1),pe=["actions","attestations","checks","contents","deployments","discussions","id-token","issues","models","packages","pages","pull-requests","repository-projects","security-events","statuses"],j=class extends Error{};function fe(n){return n==="./"||n==="."||/(^|\/)firebreak(-action)?@/i.test(n)}function ze(n,e){let t;try{t=(0,U.parse)(e)??{}}catch(s){throw new j(`${n}: not valid YAML: ${s instanceof Error?s.message:String(s)}`)}let r=me(t.on??t.true),i=B(t.concurrency),o=G(t.permissions),a=Object.entries(t.jobs??{}).map(([s,d])=>({id:s,if:typeof d.if=="string"?d.if:null,concurrency:B(d.concurrency),env:S(d.env),permissions:"permissions"in d?G(d.permissions):o,steps:(d.steps??[]).filter(l=>typeof l.uses=="string"&&fe(l.uses)).map(l=>({inputs:S(l.with),env:S(l.env),if:typeof l.if=="string"?l.if:null}))}));return{file:n,name:typeof t.name=="string"?t.name:n,on:r,concurrency:i,jobs:a,env:S(t.env)}}function me(n){return typeof n=="string"?{[n]:null}:Array.isArray(n)?Object.fromEntries(n.map(e=>[String(e),null])):n&&typeof n=="object"?Object.fromEntries(Object.entries(n).map(([e,t])=>[e,t&&typeof t=="object"?t:null])):{}}function G(n){if(n===void 0)return null;if(n==="read-all"||n==="write-all")return Object.fromEntries(pe.map(t=>[t,n==="read-all"?"read":"write"]));if(n===null||typeof n!="object"||Array.isArray(n))return{};let e={};for(let[t,r]of Object.entries(n))(r==="read"||r==="write"||r==="none")&&(e[t]=r);return e}function B(n){if(typeof n=="string")return{group:n,cancelInProgress:!1};if(n&&typeof n=="object"&&typeof n.group=="string"){let e=n;return{group:e.group,cancelInProgress:e["cancel-in-progress"]===!0}}return null}function S(n){return!n||typeof n!="object"?{}:Object.fromEntries(Object.entries(n).map(([e,t])=>[e,typeof t=="string"?t:JSON.stringify(t)]))}export{be as a,K as b,ye as c,V as d,re as e,ie as f,oe as g,h,W as i,_ as j,ae as k,Ye as l,Ge as m,Be as n,ue as o,ze as p};
