import { createRequire as __firebreakCreateRequire } from 'node:module'; const require = __firebreakCreateRequire(import.meta.url);
import{a as z,b as K,e as V}from"./chunk-5C23FBC2.js";import{a as Z,b as H,c as X,d as G,e as J,f as Q,h as P}from"./chunk-NPMAOADJ.js";import{a as ve}from"./chunk-ZD43L3WJ.js";import{d as be}from"./chunk-DT4CWIJV.js";var ke=Object.prototype.toString,E=Array.isArray||function(e){return ke.call(e)==="[object Array]"};function W(n){return typeof n=="function"}function Te(n){return E(n)?"array":typeof n}function U(n){return n.replace(/[\-\[\]{}()*+?.,\\\^$|#\s]/g,"\\$&")}function ee(n,e){return n!=null&&typeof n=="object"&&e in n}function Ae(n,e){return n!=null&&typeof n!="object"&&n.hasOwnProperty&&n.hasOwnProperty(e)}var xe=RegExp.prototype.test;function Ee(n,e){return xe.call(n,e)}var Se=/\S/;function Oe(n){return!Ee(Se,n)}var Ce={"&":"&amp;","<":"&lt;",">":"&gt;",'"':"&quot;","'":"&#39;","/":"&#x2F;","`":"&#x60;","=":"&#x3D;"};function Re(n){return String(n).replace(/[&<>"'`=\/]/g,function(t){return Ce[t]})}var $e=/\s*/,Ie=/\s+/,ne=/\s*=/,Ne=/\s*\}/,Me=/#|\^|\/|>|\{|&|=|!/;function Pe(n,e){if(!n)return[];var t=!1,r=[],i=[],a=[],d=!1,s=!1,o="",c=0;function l(){if(d&&!s)for(;a.length;)delete i[a.pop()];else a=[];d=!1,s=!1}var m,u,k;function w(T){if(typeof T=="string"&&(T=T.split(Ie,2)),!E(T)||T.length!==2)throw new Error("Invalid tags: "+T);m=new RegExp(U(T[0])+"\\s*"),u=new RegExp("\\s*"+U(T[1])),k=new RegExp("\\s*"+U("}"+T[1]))}w(e||b.tags);for(var h=new R(n),v,p,f,O,I,A;!h.eos();){if(v=h.pos,f=h.scanUntil(m),f)for(var M=0,ye=f.length;M<ye;++M)O=f.charAt(M),Oe(O)?(a.push(i.length),o+=O):(s=!0,t=!0,o+=" "),i.push(["text",O,v,v+1]),v+=1,O===`
`&&(l(),o="",c=0,t=!1);if(!h.scan(m))break;if(d=!0,p=h.scan(Me)||"name",h.scan($e),p==="="?(f=h.scanUntil(ne),h.scan(ne),h.scanUntil(u)):p==="{"?(f=h.scanUntil(k),h.scan(Ne),h.scanUntil(u),p="&"):f=h.scanUntil(u),!h.scan(u))throw new Error("Unclosed tag at "+h.pos);if(p==">"?I=[p,f,v,h.pos,o,c,t]:I=[p,f,v,h.pos],c++,i.push(I),p==="#"||p==="^")r.push(I);else if(p==="/"){if(A=r.pop(),!A)throw new Error('Unopened section "'+f+'" at '+v);if(A[1]!==f)throw new Error('Unclosed section "'+A[1]+'" at '+v)}else p==="name"||p==="{"||p==="&"?s=!0:p==="="&&w(f)}if(l(),A=r.pop(),A)throw new Error('Unclosed section "'+A[1]+'" at '+h.pos);return We(Ue(i))}function Ue(n){for(var e=[],t,r,i=0,a=n.length;i<a;++i)t=n[i],t&&(t[0]==="text"&&r&&r[0]==="text"?(r[1]+=t[1],r[3]=t[3]):(e.push(t),r=t));return e}function We(n){for(var e=[],t=e,r=[],i,a,d=0,s=n.length;d<s;++d)switch(i=n[d],i[0]){case"#":case"^":t.push(i),r.push(i),t=i[4]=[];break;case"/":a=r.pop(),a[5]=i[2],t=r.length>0?r[r.length-1][4]:e;break;default:t.push(i)}return e}function R(n){this.string=n,this.tail=n,this.pos=0}R.prototype.eos=function(){return this.tail===""};R.prototype.scan=function(e){var t=this.tail.match(e);if(!t||t.index!==0)return"";var r=t[0];return this.tail=this.tail.substring(r.length),this.pos+=r.length,r};R.prototype.scanUntil=function(e){var t=this.tail.search(e),r;switch(t){case-1:r=this.tail,this.tail="";break;case 0:r="";break;default:r=this.tail.substring(0,t),this.tail=this.tail.substring(t)}return this.pos+=r.length,r};function x(n,e){this.view=n,this.cache={".":this.view},this.parent=e}x.prototype.push=function(e){return new x(e,this)};x.prototype.lookup=function(e){var t=this.cache,r;if(t.hasOwnProperty(e))r=t[e];else{for(var i=this,a,d,s,o=!1;i;){if(e.indexOf(".")>0)for(a=i.view,d=e.split("."),s=0;a!=null&&s<d.length;)s===d.length-1&&(o=ee(a,d[s])||Ae(a,d[s])),a=a[d[s++]];else a=i.view[e],o=ee(i.view,e);if(o){r=a;break}i=i.parent}t[e]=r}return W(r)&&(r=r.call(this.view)),r};function y(){this.templateCache={_cache:{},set:function(e,t){this._cache[e]=t},get:function(e){return this._cache[e]},clear:function(){this._cache={}}}}y.prototype.clearCache=function(){typeof this.templateCache<"u"&&this.templateCache.clear()};y.prototype.parse=function(e,t){var r=this.templateCache,i=e+":"+(t||b.tags).join(":"),a=typeof r<"u",d=a?r.get(i):void 0;return d==null&&(d=Pe(e,t),a&&r.set(i,d)),d};y.prototype.render=function(e,t,r,i){var a=this.getConfigTags(i),d=this.parse(e,a),s=t instanceof x?t:new x(t,void 0);return this.renderTokens(d,s,r,e,i)};y.prototype.renderTokens=function(e,t,r,i,a){for(var d="",s,o,c,l=0,m=e.length;l<m;++l)c=void 0,s=e[l],o=s[0],o==="#"?c=this.renderSection(s,t,r,i,a):o==="^"?c=this.renderInverted(s,t,r,i,a):o===">"?c=this.renderPartial(s,t,r,a):o==="&"?c=this.unescapedValue(s,t):o==="name"?c=this.escapedValue(s,t,a):o==="text"&&(c=this.rawValue(s)),c!==void 0&&(d+=c);return d};y.prototype.renderSection=function(e,t,r,i,a){var d=this,s="",o=t.lookup(e[1]);function c(u){return d.render(u,t,r,a)}if(o){if(E(o))for(var l=0,m=o.length;l<m;++l)s+=this.renderTokens(e[4],t.push(o[l]),r,i,a);else if(typeof o=="object"||typeof o=="string"||typeof o=="number")s+=this.renderTokens(e[4],t.push(o),r,i,a);else if(W(o)){if(typeof i!="string")throw new Error("Cannot use higher-order sections without the original template");o=o.call(t.view,i.slice(e[3],e[5]),c),o!=null&&(s+=o)}else s+=this.renderTokens(e[4],t,r,i,a);return s}};y.prototype.renderInverted=function(e,t,r,i,a){var d=t.lookup(e[1]);if(!d||E(d)&&d.length===0)return this.renderTokens(e[4],t,r,i,a)};y.prototype.indentPartial=function(e,t,r){for(var i=t.replace(/[^ \t]/g,""),a=e.split(`
`),d=0;d<a.length;d++)a[d].length&&(d>0||!r)&&(a[d]=i+a[d]);return a.join(`
`)};y.prototype.renderPartial=function(e,t,r,i){if(r){var a=this.getConfigTags(i),d=W(r)?r(e[1]):r[e[1]];if(d!=null){var s=e[6],o=e[5],c=e[4],l=d;o==0&&c&&(l=this.indentPartial(d,c,s));var m=this.parse(l,a);return this.renderTokens(m,t,r,l,i)}}};y.prototype.unescapedValue=function(e,t){var r=t.lookup(e[1]);if(r!=null)return r};y.prototype.escapedValue=function(e,t,r){var i=this.getConfigEscape(r)||b.escape,a=t.lookup(e[1]);if(a!=null)return typeof a=="number"&&i===b.escape?String(a):i(a)};y.prototype.rawValue=function(e){return e[1]};y.prototype.getConfigTags=function(e){return E(e)?e:e&&typeof e=="object"?e.tags:void 0};y.prototype.getConfigEscape=function(e){if(e&&typeof e=="object"&&!E(e))return e.escape};var b={name:"mustache.js",version:"4.2.0",tags:["{{","}}"],clearCache:void 0,escape:void 0,parse:void 0,render:void 0,Scanner:void 0,Context:void 0,Writer:void 0,set templateCache(n){C.templateCache=n},get templateCache(){return C.templateCache}},C=new y;b.clearCache=function(){return C.clearCache()};b.parse=function(e,t){return C.parse(e,t)};b.render=function(e,t,r,i){if(typeof e!="string")throw new TypeError('Invalid template! Template should be a "string" but "'+Te(e)+'" was given as the first argument for mustache#render(template, view, partials)');return C.render(e,t,r,i)};b.escape=Re;b.Scanner=R;b.Context=x;b.Writer=y;var $=b;var De=65536,D=De-100;function B(n){return String(n).replace(/\B(?=(\d{3})+(?!\d))/g,",")}function L(n,e="the issue"){return`\u2026 truncated ${B(n)} characters; see ${e} for the full text`}function te(n,e=D,t){if(n.length<=e)return n;let r=V(n),i=r.map(c=>n.slice(c.start,c.end)),a="",d=0;for(let c of r)a+=n.slice(d,c.start),d=c.end;a+=n.slice(d);let s=i.length>0?i.join(`
`)+`
`:"",o=e-s.length;for(let c=0;c<8&&o>0;c++){let l=Be(a,Math.max(0,o-120)),m=a.slice(0,l),u=X(m),k=u?`
`+G(u):"",w=`${s}${m.replace(/\s+$/,"")}${k}

*${L(a.length-l,t)}*
`;if(w.length<=e)return w;o-=w.length-e}throw new Error(`A comment's markers alone need ${s.length} characters; the limit is ${e}.`)}function Be(n,e){let t=Math.min(e,n.length),r=n.lastIndexOf(`
`,t);r>0&&t-r<500&&(t=r);let i=n.charCodeAt(t-1);return i>=55296&&i<=56319&&(t-=1),t}var S=/\uE000([0-9a-z]+)\uE001/g;function ie(n){return`\uE000${n.toString(36)}\uE001`}var re=40;function ae(n){let e=[],t=null,r=0;for(let i of n.split(`
`)){let a=r;r+=i.length+1;let d=i.replace(S,"x");if(t){if(H(d,t.fence,re)){t.closeAt=a+i.indexOf(t.fence.char),t=null;continue}let o=t,l=o.fence.info.split(/\s+/)[0]?.toLowerCase()==="mermaid"?{kind:"mermaid"}:{kind:"code",continuation:o.fence.indent};for(let m of i.matchAll(S))e.push(F(m,a,l,o));continue}let s=Z(d,re);if(s){t={fence:s,openAt:a+s.indent.length,closeAt:null};for(let o of i.matchAll(S))e.push(F(o,a,{kind:"codespan",inTable:!1}));continue}for(let o of i.matchAll(S))e.push(F(o,a,Le(i,o.index,o[0].length)))}return e}function F(n,e,t,r){let i=e+(n.index??0),a={start:i,end:i+n[0].length,value:parseInt(n[1]??"0",36),placement:t};return r&&(a.block=r),a}function Le(n,e,t){let r=n.slice(0,e).replace(S,"x"),i=n.slice(e+t).replace(S,"x"),a=/^\s*\|/.test(n);return _e(r)?{kind:"codespan",inTable:a}:r.endsWith("](")?{kind:"url"}:r.endsWith("@")?{kind:"handle"}:a?{kind:"table"}:{kind:"text",atLineStart:Fe.test(r),continuation:je(r),singleLine:/^ {0,3}#{1,6}(\s|$)/.test(n),linkText:/\[[^\]]*$/.test(r)&&/^[^[]*\]\(/.test(i)}}var Fe=/^(?:[ \t]*(?:>[ \t]?|(?:[-*+]|\d{1,9}[.)])[ \t]+))*[ \t]*$/;function _e(n){let e=0;for(let t of n.matchAll(/`+/g))e===0?e=t[0].length:t[0].length===e&&(e=0);return e!==0}function je(n){let e="",t=n;for(;;){let r=/^([ \t]*)(>[ \t]?|(?:[-*+]|\d{1,9}[.)])[ \t]+)/.exec(t);if(!r)break;let i=r[2]??"";e+=(r[1]??"")+(i.startsWith(">")?i:" ".repeat(i.length)),t=t.slice(r[0].length)}return e===""?/^[ \t]*/.exec(n)?.[0]??"":e}function le(n,e,t={}){try{return se(n,e,t)}catch(r){if(!n.fallback)throw r;let i=r instanceof Error?r.message:String(r);return t.onWarning?.(`${n.source} failed to render (${i}); the default ${n.name} template was used.`),se(n.fallback,e,t)}}function se(n,e,t){let r=t.limit??D,i=Ye(t.marker),a=[],d=N(e,a,0),s=n.body.replace(/[\uE000\uE001]/g,""),o=new $.Writer().render(s,d,{},{escape:w=>String(w)}),c=ae(o),l=Q(t.allowMentions),m=c.map(w=>a[w.value]??""),u=c.map((w,h)=>de(o,w,P(m[h]??"",w.placement,l))),k=oe(i,ce(o,c,u));for(let w=0;w<4&&k.length>r;w++){let h=u.reduce((p,f)=>p+f.length,0)-(k.length-r)-64*(w+1),v=ze(u.map(p=>p.length),Math.max(0,h));c.forEach((p,f)=>{(u[f]??"").length>v&&(u[f]=de(o,p,Ve(m[f]??"",p.placement,l,v)))}),k=oe(i,ce(o,c,u))}return te(k,r)}function Ye(n){if(n===void 0)return"";if(typeof n!="string")return z(n.kind,n.data)+`
`;let e=K(n);if(e.length!==1||e[0]?.raw!==n.trim())throw new Error("options.marker must be exactly one marker written by marker(kind, data)");return n.trim()+`
`}function oe(n,e){return n+e.replace(/\s+$/,"")+`
`}function N(n,e,t){if(!(t>32)){if(typeof n=="string"||typeof n=="bigint"){let r=String(n);return r===""?"":(e.push(r),ie(e.length-1))}if(typeof n=="number")return Number.isFinite(n)?n:void 0;if(typeof n=="boolean"||n===null||n===void 0)return n;if(Array.isArray(n))return n.map(r=>N(r,e,t+1));if(typeof n=="object"){if(Object.getPrototypeOf(n)!==Object.prototype&&Object.getPrototypeOf(n)!==null)return N(String(n),e,t+1);let r=Object.create(null);for(let[i,a]of Object.entries(n))r[i]=N(a,e,t+1);return r}}}function de(n,e,t){return/<(?:!-?)?$/.test(n.slice(Math.max(0,e.start-3),e.start))?"\u200B"+t:t}function ce(n,e,t){let r=e.map((s,o)=>({at:s.start,remove:s.end-s.start,insert:t[o]??""})),i=new Map;e.forEach((s,o)=>{if(!s.block)return;let c=J(t[o]??"",s.block.fence.char)+1;i.set(s.block,Math.max(i.get(s.block)??0,c))});for(let[s,o]of i){let c=o-s.fence.length;if(c<=0)continue;let l=s.fence.char.repeat(c);r.push({at:s.openAt,remove:0,insert:l}),s.closeAt!==null&&r.push({at:s.closeAt,remove:0,insert:l})}r.sort((s,o)=>s.at-o.at);let a="",d=0;for(let s of r)a+=n.slice(d,s.at)+s.insert,d=s.at+s.remove;return a+n.slice(d)}function ze(n,e){let t=[...n].sort((i,a)=>i-a),r=e;for(let i=0;i<t.length;i++){let a=Math.floor(r/(t.length-i)),d=t[i]??0;if(d>a)return a;r-=d}return Number.POSITIVE_INFINITY}function Ke(n,e){let t=L(e);switch(n.kind){case"text":return n.singleLine||n.linkText?` \u2026 (truncated ${B(e)} characters)`:`

${n.continuation}*${t}*`;case"code":return`
${n.continuation}${t}`;case"table":case"codespan":return` (${t})`;case"mermaid":case"url":case"handle":return""}}function Ve(n,e,t,r){let i=o=>{let c=o,l=n.charCodeAt(c-1);return l>=55296&&l<=56319&&(c-=1),P(n.slice(0,c).replace(/\s+$/,""),e,t)+Ke(e,n.length-c)};if(i(0).length>r)return e.kind==="url"?"#":"\u2026";let a=0,d=n.length;for(;a<d;){let o=Math.ceil((a+d)/2);i(o).length<=r?a=o:d=o-1}let s=Math.max(n.lastIndexOf(`
`,a),n.lastIndexOf(" ",a));return i(s>0&&a-s<200?s:a)}var me=[{name:"command-reply",description:"The one reply to a comment with slash commands \u2014 what was done, refused (and the permission needed) or not understood (usage, did you mean). A comment whose commands only record facts gets a reaction and a line in the summary instead.",when:"After the commands of a comment run, and on `/help`.",variables:["incident","author","results","help"],body:`{{#results}}
- \`{{command}}\` \u2014 {{#done}}**done:** {{/done}}{{#refused}}**refused:** {{/refused}}{{#invalid}}**not understood:** {{/invalid}}{{#failed}}**failed:** {{/failed}}{{message}}{{#usage}} Usage: \`{{usage}}\`.{{/usage}}{{#suggestion}} Did you mean \`{{suggestion}}\`?{{/suggestion}}
{{/results}}
{{#help.length}}

| Command | What it does | Needs |
|---|---|---|
{{#help}}
| \`{{usage}}\` | {{description}} | {{permission}} |
{{/help}}
{{/help.length}}

<sub>In reply to {{author}} on incident #{{incident.number}}.</sub>
`,source:"templates/command-reply.md",warnings:[]},{name:"customer-communication",description:"The playbook's Customer Communication, drafted for review before anything goes out.",when:"On `/customer <text>`.",variables:["incident","description","impact","status","updates","requestedBy"],body:`### Customer communication draft \u2014 incident #{{incident.number}}

Requested by {{requestedBy}}. **Not sent:** review it, then publish it where customers read updates.

\`\`\`text
We are currently experiencing {{description}}.
Impact: {{impact}}
Status: {{status}}
Updates: {{updates}}
\`\`\`
`,source:"templates/customer-communication.md",warnings:[]},{name:"escalation",description:"Escalation steps that became due \u2014 one comment may list several, each with its targets, when it was due and how late it fired.",when:"When the sweep (or any event on the incident) finds escalation steps due, and on `/escalate [reason]`.",variables:["incident","steps","several","manual","by","reason","commander","acknowledgedBy","acknowledgedAt","stopsWhen","stopsOnAck","stopCommand"],body:`### Escalation{{#several}}: {{steps.length}} steps{{/several}} \u2014 incident #{{incident.number}} [{{incident.severity}}] {{incident.title}}

{{#manual}}
{{by}} escalated to the next step{{#reason}}: {{reason}}{{/reason}}
{{/manual}}
{{^manual}}
{{#acknowledgedBy}}
Acknowledged by {{acknowledgedBy}} at {{acknowledgedAt}}, but the {{incident.severity}} policy escalates until the incident is {{stopsWhen}}, so it pages the next {{#several}}steps{{/several}}{{^several}}step{{/several}}.
{{/acknowledgedBy}}
{{^acknowledgedBy}}
Nobody has acknowledged yet{{#commander}} (incident commander: {{commander}}){{/commander}}, so the escalation policy pages the next {{#several}}steps{{/several}}{{^several}}step{{/several}}.
{{/acknowledgedBy}}
{{/manual}}

| Step | Paging | Call | Due | Late |
|---|---|---|---|---|
{{#steps}}
| {{name}} |{{#mentions}} @{{.}}{{/mentions}}{{#channels}} {{.}}{{/channels}} |{{#contacts}} {{name}}: {{phone}}{{/contacts}} | {{due}} | {{#late}}**{{lateBy}} late**{{/late}}{{^late}}on time{{/late}} |
{{/steps}}

{{#stopsOnAck}}
Acknowledge with \`/ack\` to stop further escalation.
{{/stopsOnAck}}
{{^stopsOnAck}}
Escalation continues until the incident is {{stopsWhen}}, as the {{incident.severity}} policy says: {{stopCommand}} says it is.
{{/stopsOnAck}}
`,source:"templates/escalation.md",warnings:[]},{name:"intake-problems",description:"The one comment listing exactly what a filed incident report is missing or could not be read.",when:"Once, when an incident's body matches no form, misses required answers or has an unreadable severity; it is still tracked.",variables:["incident","reporter","noForm","missing","invalid","severityDefaulted","defaultSeverity"],body:`### Incident #{{incident.number}} is missing information

Thanks, {{reporter}}. The incident is tracked{{#severityDefaulted}} at the default severity **{{defaultSeverity}}**{{/severityDefaulted}}, but some answers could not be read. Edit the issue description to add them:

{{#noForm}}
- The description does not follow the incident form. File incidents with **New issue \u2192 Incident**, or copy the form's headings into the description.
{{/noForm}}
{{#missing}}
- **{{.}}** is required but has no answer.
{{/missing}}
{{#invalid}}
- **{{field}}:** {{problem}}{{#value}} You entered: {{value}}{{/value}}
{{/invalid}}
{{#severityDefaulted}}
- The severity could not be read, so **{{defaultSeverity}}** applies until someone sets it with \`/severity <P0-P4>\` or a severity label.
{{/severityDefaulted}}
`,source:"templates/intake-problems.md",warnings:[]},{name:"internal-alert",description:"The playbook's Internal Alert (INCIDENT / IMPACT / STATUS / ETA) with the commander, the acknowledge-by deadline and the phase targets.",when:"Once per incident, when it is triaged \u2014 filed from the incident form, or an issue labelled with a severity by hand.",variables:["incident","description","impact","eta","reporter","startedAt","services","commander","acknowledgeBy","responseTarget","phases","classification","runbooks","notify","paged","breachDeadline","changes"],body:`## Incident #{{incident.number}}: {{incident.title}}

\`\`\`text
INCIDENT: [{{incident.severity}}] - {{description}}
IMPACT: {{impact}}{{^impact}}Being assessed{{/impact}}
STATUS: {{incident.statusLabel}}
ETA: {{eta}}{{^eta}}Unknown{{/eta}}
\`\`\`

{{#commander}}
**Incident commander:** @{{commander}}{{#acknowledgeBy}} \u2014 acknowledge by **{{acknowledgeBy}}** ({{responseTarget}} response target) with \`/ack\`{{/acknowledgeBy}}.
{{/commander}}
{{^commander}}
**Incident commander:** nobody is on call for this incident \u2014 take it with \`/ic\` followed by your login{{#acknowledgeBy}}, and acknowledge by **{{acknowledgeBy}}** ({{responseTarget}} response target){{/acknowledgeBy}}.
{{/commander}}

- **Severity:** {{incident.severity}} ({{incident.severityName}}) \u2014 {{classification}}
- **Reported by:** {{reporter}}, started {{startedAt}}
{{#paged}}
- **Paged \u2014 {{name}}:**{{#mentions}} @{{.}}{{/mentions}}{{#contacts}} \xB7 {{name}} {{phone}}{{/contacts}}{{#channels}} \xB7 {{.}}{{/channels}}
{{/paged}}
{{#breachDeadline}}
- **Breach notification due:** {{breachDeadline}} \u2014 notify regulators and the affected people by then, and record it with \`/notified [to whom]\`.
{{/breachDeadline}}
{{#services.length}}
- **Services:**{{#services}} \`{{.}}\`{{/services}}
{{/services.length}}
{{#incident.security}}
- **Security incident:** restricted handling applies; keep sensitive details out of this issue.
{{/incident.security}}

| Phase | Window | Target |
|---|---|---|
{{#phases}}
| {{name}} | {{window}} | {{due}} |
{{/phases}}

{{#changes}}
**What changed before this began** (the {{window}} before it was filed, newest first):

{{#items}}
- {{at}} \xB7 {{kind}} {{#url}}[{{ref}}]({{url}}){{/url}}{{^url}}{{ref}}{{/url}}: {{title}} (by {{by}})
{{/items}}
{{#none}}
- Nothing was merged, deployed or released.
{{/none}}
{{#more}}
- \u2026 and {{more}} more.
{{/more}}
{{#incomplete}}
- Older changes in the window were not read.
{{/incomplete}}
{{#error}}
- Could not read what changed ({{error}}).
{{/error}}

{{/changes}}
{{#runbooks.length}}
**Runbooks:**{{#runbooks}} [{{title}}]({{url}}){{/runbooks}}

{{/runbooks.length}}
{{#notify.length}}
cc{{#notify}} @{{.}}{{/notify}}

{{/notify.length}}
Drive the incident from this issue: \`/ack\`, \`/status <state> [note]\`, \`/update <text>\`, \`/severity <P0-P4>\`, \`/resolve\`, \`/help\`.
`,source:"templates/internal-alert.md",warnings:[]},{name:"notice",description:"Something about Firebreak itself that responders must know \u2014 a comment of Firebreak's edited by a person, a configuration that failed to load \u2014 and what Firebreak did about it.",when:"Once per cause, when Firebreak finds it (an edited comment, a broken configuration push, \u2026).",variables:["incident","title","lines","advice"],body:`### \u26A0\uFE0F {{title}} \u2014 incident #{{incident.number}}

{{#lines}}
- {{.}}
{{/lines}}

{{#advice}}
{{advice}}
{{/advice}}
`,source:"templates/notice.md",warnings:[]},{name:"postmortem-communication",description:"Points the incident to its postmortem pull request, and says what Firebreak did to it.",when:"When the postmortem pull request is opened, or updated after the incident was reopened and resolved again.",variables:["incident","pullNumber","pullUrl","path","reviewers","updated","regenerated","unchanged","kept"],body:`### Postmortem {{#updated}}updated{{/updated}}{{^updated}}ready for review{{/updated}} \u2014 incident #{{incident.number}}

The postmortem is in pull request [#{{pullNumber}}]({{pullUrl}}) (\`{{path}}\`){{^updated}}, with the facts and the timeline already written{{/updated}}.{{#updated}}{{#regenerated}} Firebreak regenerated {{regenerated}} after the incident was resolved again.{{/regenerated}}{{#unchanged}} Firebreak's parts of it were already up to date.{{/unchanged}}{{/updated}}
{{#kept}}

Firebreak kept people's edits of {{kept}} and did not overwrite them; the pull request says how to hand them back.
{{/kept}}

While the pull request is open, Firebreak keeps the facts it wrote \u2014 front matter, header, metrics, timeline \u2014 up to date as the incident changes, and never touches what you write.

{{#reviewers.length}}
Review requested from{{#reviewers}} @{{.}}{{/reviewers}}.

{{/reviewers.length}}
Fill in the root causes, what went well and wrong, and the action items, each with an owner (\`- [ ] \u2026 (@owner)\`). Merging the pull request files every open action item as an issue.
`,source:"templates/postmortem-communication.md",warnings:[]},{name:"postmortem",description:"The body of the postmortem document opened as a pull request (its front matter is written separately). Firebreak keeps the parts between `firebreak:owned` markers up to date; the rest is the team's.",when:"When an incident of a severity that needs a postmortem is resolved; its owned parts are rewritten whenever the incident changes while the pull request is open.",variables:["incident","summary","impact","services","commander","roles","startedAt","detectedAt","acknowledgedAt","mitigatedAt","resolvedAt","timeToAcknowledge","timeToMitigate","timeToResolve","timeline","diagram","rootCauses","contributingFactors","wentWell","wentWrong","lucky","actionItems","changes"],body:`<!-- firebreak:owned header -->
# Postmortem: {{incident.title}}

Incident [#{{incident.number}}]({{incident.url}}) \xB7 {{incident.severity}} ({{incident.severityName}}){{#incident.security}} \xB7 security incident{{/incident.security}} \xB7 commander {{commander}}{{^commander}}unassigned{{/commander}}{{#roles}} \xB7 {{role}} {{login}}{{/roles}}
<!-- /firebreak:owned -->

## Summary

{{#summary}}
{{summary}}
{{/summary}}
{{^summary}}
_TODO: in two or three sentences, what happened, who was affected and how it was resolved._
{{/summary}}

## Impact

{{#impact}}
{{impact}}
{{/impact}}
{{^impact}}
_TODO: who and what was affected, for how long, and how much (users, requests, revenue, data)._
{{/impact}}

<!-- firebreak:owned metrics -->
{{#services.length}}
Services:{{#services}} \`{{.}}\`{{/services}}

{{/services.length}}
| Started | Detected | Acknowledged | Mitigated | Resolved |
|---|---|---|---|---|
| {{startedAt}} | {{detectedAt}}{{^detectedAt}}\u2014{{/detectedAt}} | {{acknowledgedAt}}{{^acknowledgedAt}}\u2014{{/acknowledgedAt}} | {{mitigatedAt}}{{^mitigatedAt}}\u2014{{/mitigatedAt}} | {{resolvedAt}} |

Time to acknowledge: {{timeToAcknowledge}}{{^timeToAcknowledge}}\u2014{{/timeToAcknowledge}} \xB7 time to mitigate: {{timeToMitigate}}{{^timeToMitigate}}\u2014{{/timeToMitigate}} \xB7 time to resolve: {{timeToResolve}}
{{#changes}}

**What changed before this began** (the {{window}} before it was filed, newest first, as the internal alert listed it):

{{#items}}
- {{at}} \xB7 {{kind}} {{#url}}[{{ref}}]({{url}}){{/url}}{{^url}}{{ref}}{{/url}}: {{title}} (by {{by}})
{{/items}}
{{#none}}
- Nothing was merged, deployed or released.
{{/none}}
{{#more}}
- \u2026 and {{more}} more.
{{/more}}
{{#incomplete}}
- Older changes in the window were not read.
{{/incomplete}}
{{#error}}
- Could not read what changed ({{error}}).
{{/error}}
{{/changes}}
<!-- /firebreak:owned -->

## Timeline

<!-- firebreak:owned timeline -->
All times are UTC.

| Time | Who | What |
|---|---|---|
{{#timeline}}
| {{at}} | {{actor}} | {{text}} |
{{/timeline}}
{{#diagram.length}}

\`\`\`mermaid
timeline
    title Incident {{incident.number}} (UTC)
{{#diagram}}
    {{at}} : {{label}}
{{/diagram}}
\`\`\`
{{/diagram.length}}
<!-- /firebreak:owned -->

## Root causes

{{#rootCauses}}
- {{.}}
{{/rootCauses}}
{{^rootCauses}}
_TODO: the conditions that made this incident possible \u2014 in the system, not in a person._
{{/rootCauses}}

## Contributing factors

{{#contributingFactors}}
- {{.}}
{{/contributingFactors}}
{{^contributingFactors}}
_TODO: what made it worse, longer or harder to detect._
{{/contributingFactors}}

## What went well

{{#wentWell}}
- {{.}}
{{/wentWell}}
{{^wentWell}}
_TODO: what helped \u2014 alerts, runbooks, people, tools._
{{/wentWell}}

## What went wrong

{{#wentWrong}}
- {{.}}
{{/wentWrong}}
{{^wentWrong}}
_TODO: what got in the way of detecting, responding or recovering._
{{/wentWrong}}

## Where we got lucky

{{#lucky}}
- {{.}}
{{/lucky}}
{{^lucky}}
_TODO: what limited the damage by chance rather than by design._
{{/lucky}}

## Action items

{{#actionItems}}
- [{{#done}}x{{/done}}{{^done}} {{/done}}] {{text}} {{#owner}}(@{{owner}}){{/owner}}{{^owner}}(owner: TODO){{/owner}}
{{/actionItems}}
{{^actionItems}}
_TODO: one line per action item, each with an owner: \`- [ ] Add an alert on checkout error rate (@owner)\`._
{{/actionItems}}

## Blameless review

- Describe what people knew and did at the time, and why it made sense to them then.
- Look for the conditions in the system that allowed the failure, not for a person to hold responsible.
- Keep hindsight out: say what information was missing or misleading, and how to make the right action easy.
- Every action item changes the system (code, configuration, alerts, runbooks, training) and has one owner.
`,source:"templates/postmortem.md",warnings:[]},{name:"resolution",description:"The incident is resolved \u2014 who, when, the summary and the response times.",when:"On `/resolve [summary]` or `/status resolved`, and when the issue is closed.",variables:["incident","by","at","summary","startedAt","timeToAcknowledge","timeToMitigate","timeToResolve","postmortem","reopened"],body:`### Resolved \u2014 incident #{{incident.number}}: {{incident.title}}

Resolved by {{by}} at {{at}}.
{{#summary}}

> {{summary}}
{{/summary}}

| Started | Time to acknowledge | Time to mitigate | Time to resolve |
|---|---|---|---|
| {{startedAt}} | {{timeToAcknowledge}}{{^timeToAcknowledge}}\u2014{{/timeToAcknowledge}} | {{timeToMitigate}}{{^timeToMitigate}}\u2014{{/timeToMitigate}} | {{timeToResolve}} |
{{#reopened}}

{{reopened}}
{{/reopened}}

{{#postmortem}}
A postmortem pull request with the timeline already written follows; review it like code.
{{/postmortem}}
{{^postmortem}}
No postmortem is required for {{incident.severity}} incidents.
{{/postmortem}}
If it comes back, \`/reopen\` reopens the incident.
`,source:"templates/resolution.md",warnings:[]},{name:"response-breach",description:"The incident was not acknowledged within its severity's response target.",when:"Once per incident, when the response target passes without an acknowledgement.",variables:["incident","target","due","lateBy","commander","notify","label"],body:`### Response target missed \u2014 incident #{{incident.number}} [{{incident.severity}}]

This {{incident.severity}} incident was not acknowledged within its **{{target}}** response target: it was due at {{due}} and is now {{lateBy}} late.

{{#commander}}
@{{commander}}, please acknowledge with \`/ack\` or hand over with \`/ic\`.{{#notify.length}} cc{{#notify}} @{{.}}{{/notify}}{{/notify.length}}
{{/commander}}
{{^commander}}
Nobody commands this incident: take it with \`/ic\` followed by your login.{{#notify.length}} cc{{#notify}} @{{.}}{{/notify}}{{/notify.length}}
{{/commander}}

The incident is labelled \`{{label}}\` and the breach is recorded in the summary.
`,source:"templates/response-breach.md",warnings:[]},{name:"runbook",description:"A runbook's steps as a checklist responders tick off in the comment.",when:"On triage when the incident's service or category matches a runbook, and on `/runbook <name>`.",variables:["incident","runbookId","title","steps","reason","workflow"],body:`### Runbook: {{title}}

_Incident #{{incident.number}} \u2014 {{reason}}._

{{#steps}}
- [ ] {{.}}
{{/steps}}
{{#workflow}}

Automated remediation: \`/runbook run {{runbookId}}\` dispatches the \`{{workflow}}\` workflow for this incident.
{{/workflow}}

Tick each step as it is done; the checklist stays with the incident record.
`,source:"templates/runbook.md",warnings:[]},{name:"security-deadline",description:"The data-breach notification deadline \u2014 a reminder before it passes, and a notice when it has passed.",when:"For data breaches, at each configured reminder before the notification deadline, and once when the deadline passes without `/notified`.",variables:["incident","deadline","remaining","breached","lateBy","notify","procedure"],body:`### {{#breached}}Notification deadline missed{{/breached}}{{^breached}}Notification deadline in {{remaining}}{{/breached}} \u2014 incident #{{incident.number}} [{{incident.severity}}]

{{#notify.length}}{{#notify}}@{{.}} {{/notify}}\u2014 {{/notify.length}}{{#breached}}the breach notification was due at **{{deadline}}** and is now {{lateBy}} late.{{/breached}}{{^breached}}regulators and affected users must be notified by **{{deadline}}** ({{remaining}} from now).{{/breached}}

Follow the breach notification steps of the {{procedure}} procedure, then record it with \`/notified <who was notified>\` to stop this clock.
`,source:"templates/security-deadline.md",warnings:[]},{name:"severity-change",description:"The incident's severity went up or down, by label, by command, or back to the previous one.",when:"When a severity label is applied or removed by hand, or on `/severity <P0-P4> [reason]`.",variables:["incident","from","fromName","to","toName","upgrade","by","via","reason","at","restored","responseTarget","acknowledgeBy","escalation"],body:`### Severity {{#upgrade}}raised{{/upgrade}}{{^upgrade}}lowered{{/upgrade}}: {{from}} \u2192 {{to}} \u2014 incident #{{incident.number}}

{{#restored}}
The last severity label was removed at {{at}}, so the previous severity **{{to}} ({{toName}})** applies again.
{{/restored}}
{{^restored}}
{{by}} changed the severity from **{{from}} ({{fromName}})** to **{{to}} ({{toName}})** with {{via}} at {{at}}.
{{/restored}}
{{#reason}}

> {{reason}}
{{/reason}}

- **Response target:** {{responseTarget}}{{#acknowledgeBy}} \u2014 acknowledge by {{acknowledgeBy}}{{/acknowledgeBy}}
{{#escalation}}
- {{.}}
{{/escalation}}
`,source:"templates/severity-change.md",warnings:[]},{name:"status-update",description:"A status change or a status update from the responders.",when:"On `/status <state> [note]` and `/update <text>`.",variables:["incident","author","at","statusChanged","previousStatusLabel","note","impact","eta","nextUpdateDue"],body:`### Status update: {{incident.statusLabel}} \u2014 incident #{{incident.number}} [{{incident.severity}}]

{{#statusChanged}}
**{{previousStatusLabel}} \u2192 {{incident.statusLabel}}**, by {{author}} at {{at}}.
{{/statusChanged}}
{{^statusChanged}}
Update from {{author}} at {{at}}.
{{/statusChanged}}
{{#note}}

> {{note}}
{{/note}}

- **Impact:** {{impact}}{{^impact}}being assessed{{/impact}}
- **ETA:** {{eta}}{{^eta}}unknown{{/eta}}
{{#nextUpdateDue}}
- **Next update due:** {{nextUpdateDue}}
{{/nextUpdateDue}}
`,source:"templates/status-update.md",warnings:[]},{name:"summary",description:"The live incident summary \u2014 severity, status, people, key times, next escalation, response target, latest timeline, runbooks and problems.",when:"Created when the incident is triaged and edited in place after every change; exactly one per incident.",variables:["incident","severityReason","commander","roles","services","impact","eta","startedAt","acknowledgedAt","mitigatedAt","resolvedAt","nextEscalation","sla","lastUpdateAt","nextUpdateDue","timeline","olderTimelineEntries","runbooks","postmortemUrl","alert","evidence","problems","breachDeadline","updatedAt"],body:`## Incident #{{incident.number}}: {{incident.title}}

**{{incident.severity}} {{incident.severityName}}** \xB7 **{{incident.statusLabel}}**{{#incident.security}} \xB7 security incident{{/incident.security}}

- **Severity:** {{incident.severity}} ({{incident.severityName}}) \u2014 {{severityReason}}
- **Commander:** {{commander}}{{^commander}}nobody yet \u2014 \`/ic\` followed by a login assigns one{{/commander}}
{{#roles}}
- **{{role}}:** {{login}}
{{/roles}}
{{#services.length}}
- **Services:**{{#services}} \`{{.}}\`{{/services}}
{{/services.length}}
- **Impact:** {{impact}}{{^impact}}being assessed{{/impact}}
- **ETA:** {{eta}}{{^eta}}unknown{{/eta}}
{{#alert}}
- **Alert:** {{alert}}
{{/alert}}

| Started | Acknowledged | Mitigated | Resolved |
|---|---|---|---|
| {{startedAt}} | {{acknowledgedAt}}{{^acknowledgedAt}}\u2014{{/acknowledgedAt}} | {{mitigatedAt}}{{^mitigatedAt}}\u2014{{/mitigatedAt}} | {{resolvedAt}}{{^resolvedAt}}\u2014{{/resolvedAt}} |

- **Response target:** {{#sla.breached}}**breached** \u2014 {{/sla.breached}}{{sla.text}}
{{#breachDeadline}}
- **Breach notification due:** {{breachDeadline}} (record it with \`/notified\`)
{{/breachDeadline}}
- **Next escalation:** {{#nextEscalation}}{{name}} ({{targets}}), due {{due}}{{/nextEscalation}}{{^nextEscalation}}none pending{{/nextEscalation}}
- **Status updates:** {{#lastUpdateAt}}last {{lastUpdateAt}}{{/lastUpdateAt}}{{^lastUpdateAt}}none yet{{/lastUpdateAt}}{{#nextUpdateDue}}; next due {{nextUpdateDue}}{{/nextUpdateDue}}
{{#evidence}}
- **Evidence ledger:** {{evidence}}
{{/evidence}}
{{#postmortemUrl}}
- **Postmortem:** [pull request]({{postmortemUrl}})
{{/postmortemUrl}}

### Timeline

| Time | Who | What |
|---|---|---|
{{#timeline}}
| {{at}} | {{actor}} | {{text}} |
{{/timeline}}
{{#olderTimelineEntries}}

_{{olderTimelineEntries}} earlier entries are not shown; the postmortem has the full timeline._
{{/olderTimelineEntries}}
{{#runbooks.length}}

### Runbooks

{{#runbooks}}
- [{{title}}]({{url}})
{{/runbooks}}
{{/runbooks.length}}
{{#problems.length}}

### Problems

{{#problems}}
- **Warning:** {{.}}
{{/problems}}
{{/problems.length}}

<sub>Updated {{updatedAt}}. Firebreak edits this comment in place; \`/help\` lists the commands.</sub>
`,source:"templates/summary.md",warnings:[]},{name:"update-reminder",description:"Reminds the commander that the last status update is older than the severity's update cadence.",when:"When the last status update (or the start, if none) is older than the severity's cadence; at most once per missed interval.",variables:["incident","commander","cadence","lastUpdateAt","due","overdueBy"],body:`### Status update due \u2014 incident #{{incident.number}} [{{incident.severity}}]

{{#commander}}@{{commander}}: {{/commander}}{{incident.severity}} incidents get a status update every **{{cadence}}**. {{#lastUpdateAt}}The last one was at {{lastUpdateAt}}{{/lastUpdateAt}}{{^lastUpdateAt}}There has been no update yet{{/lastUpdateAt}}; the next was due at {{due}}, {{overdueBy}} ago.

Post one with \`/update <what changed and what is next>\` or \`/status <state> [note]\`.
`,source:"templates/update-reminder.md",warnings:[]}];var fe=be(ve(),1);var he=`
---`,Ze=new Set(["yaml","yml"]);function pe(n,e){if(!n.startsWith("---")||n.charAt(3)==="-")return{data:{},content:n};let t=n.slice(3),r=t.length,i=t.slice(0,t.search(/\r?\n/)),a=i.trim();a!==""&&(t=t.slice(i.length));let d=t.indexOf(he);d===-1&&(d=r);let s=t.slice(0,d);if(s.replace(/^\s*#[^\n]+/gm,"").trim()==="")return{data:{},content:ue(t,d,r)};if(a!==""&&!Ze.has(a.toLowerCase()))throw new Error(`front matter in "${a}" is not allowed; templates use YAML ("---")`);return{data:e(s),content:ue(t,d,r)}}function ue(n,e,t){let r=e===t?"":n.slice(e+he.length);return r.startsWith("\r")&&(r=r.slice(1)),r.startsWith(`
`)&&(r=r.slice(1)),r}var g=class extends Error{constructor(t,r,i){super(`${r}${i===void 0?"":`:${i}`}: ${t}`);this.source=r;this.line=i;this.name="TemplateError"}source;line},He=/^[a-z][a-z0-9-]{0,63}$/,Xe=/^[A-Za-z_][A-Za-z0-9_]*$/,Ge=new Set(["name","description","when","variables"]);function j(n,e){let t=n.replace(/^\uFEFF/,"").replace(/\r\n?/g,`
`),r=t.split(`
`),i=r[0]??"";if(!/^---/.test(i))throw new g('missing front matter: start the file with a line "---", then name and description',e,1);let a=i.slice(3).trim().toLowerCase();if(a!==""&&a!=="yaml"&&a!=="yml")throw new g(`front matter in "${a}" is not allowed; templates use YAML ("---")`,e,1);let d=r.findIndex((m,u)=>u>0&&/^---[ \t]*$/.test(m));if(d<0)throw new g('front matter is not closed: add a line "---" after it',e,1);let s,o;try{let m=pe(t,u=>fe.default.parse(u)??{});s=m.data,o=m.content}catch(m){let u=m.linePos?.[0]?.line;throw new g(`front matter is not valid YAML: ${_(m)}`,e,u===void 0?void 0:u+1)}let c=[],l=Je(s,e,c);return Qe(o,e,d+2),{...l,body:o,source:e,warnings:c}}function Je(n,e,t){if(n===null||typeof n!="object"||Array.isArray(n))throw new g("front matter must be a mapping (name: \u2026, description: \u2026)",e,2);let r=n,{name:i,description:a,when:d="",variables:s=[]}=r;if(typeof i!="string"||!He.test(i))throw new g('front matter "name" must be the template name, e.g. "status-update"',e);if(typeof a!="string"||a.trim()==="")throw new g('front matter "description" must be a non-empty string',e);if(typeof d!="string")throw new g('front matter "when" must be a string',e);if(!Array.isArray(s)||!s.every(o=>typeof o=="string"&&Xe.test(o)))throw new g('front matter "variables" must be a list of view keys, e.g. [incident, note]',e);for(let o of Object.keys(r))Ge.has(o)||t.push(`${e}: unknown front matter key "${o}" ignored`);return{name:i,description:a.trim(),when:d.trim(),variables:s}}function Qe(n,e,t){let r=s=>t+(n.slice(0,s).match(/\n/g)?.length??0),i=/<!--\s*firebreak:(?!owned [a-z][a-z0-9-]{0,39} -->)/i.exec(n);if(i)throw new g('templates cannot contain "<!-- firebreak:" markers; Firebreak adds them',e,r(i.index));let a;try{a=$.parse(n)}catch(s){let o=/at (\d+)/.exec(_(s))?.[1];throw new g(`mustache syntax: ${_(s)}`,e,o===void 0?void 0:r(Number(o)))}let d=s=>{for(let o of s){if(o[0]===">")throw new g(`partials ({{> ${o[1]}}}) are not supported`,e,r(o[2]));o[4]&&d(o[4])}};d(a)}function q(n){let e=new Set;for(let t of $.parse(n)){let[r,i]=t;["name","&","#","^"].includes(r)&&i!=="."&&e.add(i.split(".")[0]??i)}return[...e]}function _(n){return(n instanceof Error?n.message:String(n)).split(`
`)[0]??""}function ge(n,e){if(n.name!==e)throw new g(`front matter name "${n.name}" does not match the file name`,n.source);let t=q(n.body).filter(r=>!n.variables.includes(r));if(t.length>0)throw new g(`uses ${t.join(", ")} but "variables" does not list them`,n.source)}var en=".github/firebreak/templates",Y=class extends Error{constructor(t,r){super(`Unknown template "${t}". Known templates: ${r.join(", ")}.`);this.template=t;this.known=r;this.name="UnknownTemplateError"}template;known},we=class n{constructor(e,t){this.templates=e;this.warnings=t}templates;warnings;static defaults(e=me){return new n(new Map(e.map(t=>[t.name,t])),e.flatMap(t=>t.warnings))}static fromSources(e){return n.defaults(Object.entries(e).map(([t,r])=>{let i=j(r,`templates/${t}.md`);return ge(i,t),i}))}withOverrides(e,t=en){let r=new Map(this.templates),i=[...this.warnings];for(let[a,d]of Object.entries(e)){let s=(a.split("/").pop()??a).replace(/\.md$/i,""),o=`${t}/${s}.md`,c=this.templates.get(s);if(!c){i.push(`${o}: no template is named "${s}", so this file is ignored. Known templates: ${this.names().join(", ")}.`);continue}try{let l=j(d,o);if(l.name!==s)throw new g(`front matter name "${l.name}" does not match the file name "${s}.md"`,o);let m=q(l.body).filter(u=>!c.variables.includes(u));for(let u of m)i.push(`${o}: {{${u}}} is not part of the ${s} view (it renders empty). Available: ${c.variables.join(", ")}.`);i.push(...l.warnings),r.set(s,{...l,when:l.when||c.when,variables:l.variables.length>0?l.variables:c.variables,fallback:c})}catch(l){let m=l instanceof Error?l.message:String(l);i.push(`${m} \u2014 using the default ${s} template instead.`)}}return new n(r,i)}names(){return[...this.templates.keys()].sort()}has(e){return this.templates.has(e)}get(e){let t=this.templates.get(e);if(!t)throw new Y(e,this.names());return t}render(e,t,r={}){return le(this.get(e),t,r)}};export{De as a,B as b,te as c,le as d,en as e,we as f};
