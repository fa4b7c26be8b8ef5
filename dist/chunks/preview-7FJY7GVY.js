import { createRequire as __firebreakCreateRequire } from 'node:module'; const require = __firebreakCreateRequire(import.meta.url);
import{a as de,b as le,c as me,d as ue,e as pe,f as ge,h as j}from"./chunk-MLQGBIBM.js";import{a as se,b as oe,c as ce}from"./chunk-5VOKEETU.js";import{b as ie}from"./chunk-BYSNU75X.js";import{a as ae}from"./chunk-ZD43L3WJ.js";import{f as L}from"./chunk-D4VKN3Z3.js";import{a as V,e as ne,g as re,h as F}from"./chunk-SYFIODPC.js";import"./chunk-VTG2N72E.js";import{d as te}from"./chunk-DT4CWIJV.js";var Be=te(ae(),1);import{readdir as vt,readFile as Me}from"node:fs/promises";var he=[{name:"command-reply",description:"The one reply to a comment with slash commands \u2014 what was done, refused (and the permission needed) or not understood (usage, did you mean). A comment whose commands only record facts gets a reaction and a line in the summary instead.",when:"After the commands of a comment run, and on `/help`.",variables:["incident","author","results","help"],body:`{{#results}}
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
`,source:"templates/update-reminder.md",warnings:[]}];var We=Object.prototype.toString,E=Array.isArray||function(t){return We.call(t)==="[object Array]"};function q(e){return typeof e=="function"}function Fe(e){return E(e)?"array":typeof e}function _(e){return e.replace(/[\-\[\]{}()*+?.,\\\^$|#\s]/g,"\\$&")}function fe(e,t){return e!=null&&typeof e=="object"&&t in e}function Le(e,t){return e!=null&&typeof e!="object"&&e.hasOwnProperty&&e.hasOwnProperty(t)}var je=RegExp.prototype.test;function _e(e,t){return je.call(e,t)}var qe=/\S/;function Ye(e){return!_e(qe,e)}var ze={"&":"&amp;","<":"&lt;",">":"&gt;",'"':"&quot;","'":"&#39;","/":"&#x2F;","`":"&#x60;","=":"&#x3D;"};function He(e){return String(e).replace(/[&<>"'`=\/]/g,function(r){return ze[r]})}var Ke=/\s*/,Ze=/\s+/,we=/\s*=/,Je=/\s*\}/,Xe=/#|\^|\/|>|\{|&|=|!/;function Ge(e,t){if(!e)return[];var r=!1,n=[],i=[],a=[],c=!1,s=!1,o="",d=0;function l(){if(c&&!s)for(;a.length;)delete i[a.pop()];else a=[];c=!1,s=!1}var m,u,T;function w(A){if(typeof A=="string"&&(A=A.split(Ze,2)),!E(A)||A.length!==2)throw new Error("Invalid tags: "+A);m=new RegExp(_(A[0])+"\\s*"),u=new RegExp("\\s*"+_(A[1])),T=new RegExp("\\s*"+_("}"+A[1]))}w(t||b.tags);for(var p=new P(e),v,g,h,I,N,C;!p.eos();){if(v=p.pos,h=p.scanUntil(m),h)for(var W=0,De=h.length;W<De;++W)I=h.charAt(W),Ye(I)?(a.push(i.length),o+=I):(s=!0,r=!0,o+=" "),i.push(["text",I,v,v+1]),v+=1,I===`
`&&(l(),o="",d=0,r=!1);if(!p.scan(m))break;if(c=!0,g=p.scan(Xe)||"name",p.scan(Ke),g==="="?(h=p.scanUntil(we),p.scan(we),p.scanUntil(u)):g==="{"?(h=p.scanUntil(T),p.scan(Je),p.scanUntil(u),g="&"):h=p.scanUntil(u),!p.scan(u))throw new Error("Unclosed tag at "+p.pos);if(g==">"?N=[g,h,v,p.pos,o,d,r]:N=[g,h,v,p.pos],d++,i.push(N),g==="#"||g==="^")n.push(N);else if(g==="/"){if(C=n.pop(),!C)throw new Error('Unopened section "'+h+'" at '+v);if(C[1]!==h)throw new Error('Unclosed section "'+C[1]+'" at '+v)}else g==="name"||g==="{"||g==="&"?s=!0:g==="="&&w(h)}if(l(),C=n.pop(),C)throw new Error('Unclosed section "'+C[1]+'" at '+p.pos);return et(Qe(i))}function Qe(e){for(var t=[],r,n,i=0,a=e.length;i<a;++i)r=e[i],r&&(r[0]==="text"&&n&&n[0]==="text"?(n[1]+=r[1],n[3]=r[3]):(t.push(r),n=r));return t}function et(e){for(var t=[],r=t,n=[],i,a,c=0,s=e.length;c<s;++c)switch(i=e[c],i[0]){case"#":case"^":r.push(i),n.push(i),r=i[4]=[];break;case"/":a=n.pop(),a[5]=i[2],r=n.length>0?n[n.length-1][4]:t;break;default:r.push(i)}return t}function P(e){this.string=e,this.tail=e,this.pos=0}P.prototype.eos=function(){return this.tail===""};P.prototype.scan=function(t){var r=this.tail.match(t);if(!r||r.index!==0)return"";var n=r[0];return this.tail=this.tail.substring(n.length),this.pos+=n.length,n};P.prototype.scanUntil=function(t){var r=this.tail.search(t),n;switch(r){case-1:n=this.tail,this.tail="";break;case 0:n="";break;default:n=this.tail.substring(0,r),this.tail=this.tail.substring(r)}return this.pos+=n.length,n};function R(e,t){this.view=e,this.cache={".":this.view},this.parent=t}R.prototype.push=function(t){return new R(t,this)};R.prototype.lookup=function(t){var r=this.cache,n;if(r.hasOwnProperty(t))n=r[t];else{for(var i=this,a,c,s,o=!1;i;){if(t.indexOf(".")>0)for(a=i.view,c=t.split("."),s=0;a!=null&&s<c.length;)s===c.length-1&&(o=fe(a,c[s])||Le(a,c[s])),a=a[c[s++]];else a=i.view[t],o=fe(i.view,t);if(o){n=a;break}i=i.parent}r[t]=n}return q(n)&&(n=n.call(this.view)),n};function y(){this.templateCache={_cache:{},set:function(t,r){this._cache[t]=r},get:function(t){return this._cache[t]},clear:function(){this._cache={}}}}y.prototype.clearCache=function(){typeof this.templateCache<"u"&&this.templateCache.clear()};y.prototype.parse=function(t,r){var n=this.templateCache,i=t+":"+(r||b.tags).join(":"),a=typeof n<"u",c=a?n.get(i):void 0;return c==null&&(c=Ge(t,r),a&&n.set(i,c)),c};y.prototype.render=function(t,r,n,i){var a=this.getConfigTags(i),c=this.parse(t,a),s=r instanceof R?r:new R(r,void 0);return this.renderTokens(c,s,n,t,i)};y.prototype.renderTokens=function(t,r,n,i,a){for(var c="",s,o,d,l=0,m=t.length;l<m;++l)d=void 0,s=t[l],o=s[0],o==="#"?d=this.renderSection(s,r,n,i,a):o==="^"?d=this.renderInverted(s,r,n,i,a):o===">"?d=this.renderPartial(s,r,n,a):o==="&"?d=this.unescapedValue(s,r):o==="name"?d=this.escapedValue(s,r,a):o==="text"&&(d=this.rawValue(s)),d!==void 0&&(c+=d);return c};y.prototype.renderSection=function(t,r,n,i,a){var c=this,s="",o=r.lookup(t[1]);function d(u){return c.render(u,r,n,a)}if(o){if(E(o))for(var l=0,m=o.length;l<m;++l)s+=this.renderTokens(t[4],r.push(o[l]),n,i,a);else if(typeof o=="object"||typeof o=="string"||typeof o=="number")s+=this.renderTokens(t[4],r.push(o),n,i,a);else if(q(o)){if(typeof i!="string")throw new Error("Cannot use higher-order sections without the original template");o=o.call(r.view,i.slice(t[3],t[5]),d),o!=null&&(s+=o)}else s+=this.renderTokens(t[4],r,n,i,a);return s}};y.prototype.renderInverted=function(t,r,n,i,a){var c=r.lookup(t[1]);if(!c||E(c)&&c.length===0)return this.renderTokens(t[4],r,n,i,a)};y.prototype.indentPartial=function(t,r,n){for(var i=r.replace(/[^ \t]/g,""),a=t.split(`
`),c=0;c<a.length;c++)a[c].length&&(c>0||!n)&&(a[c]=i+a[c]);return a.join(`
`)};y.prototype.renderPartial=function(t,r,n,i){if(n){var a=this.getConfigTags(i),c=q(n)?n(t[1]):n[t[1]];if(c!=null){var s=t[6],o=t[5],d=t[4],l=c;o==0&&d&&(l=this.indentPartial(c,d,s));var m=this.parse(l,a);return this.renderTokens(m,r,n,l,i)}}};y.prototype.unescapedValue=function(t,r){var n=r.lookup(t[1]);if(n!=null)return n};y.prototype.escapedValue=function(t,r,n){var i=this.getConfigEscape(n)||b.escape,a=r.lookup(t[1]);if(a!=null)return typeof a=="number"&&i===b.escape?String(a):i(a)};y.prototype.rawValue=function(t){return t[1]};y.prototype.getConfigTags=function(t){return E(t)?t:t&&typeof t=="object"?t.tags:void 0};y.prototype.getConfigEscape=function(t){if(t&&typeof t=="object"&&!E(t))return t.escape};var b={name:"mustache.js",version:"4.2.0",tags:["{{","}}"],clearCache:void 0,escape:void 0,parse:void 0,render:void 0,Scanner:void 0,Context:void 0,Writer:void 0,set templateCache(e){S.templateCache=e},get templateCache(){return S.templateCache}},S=new y;b.clearCache=function(){return S.clearCache()};b.parse=function(t,r){return S.parse(t,r)};b.render=function(t,r,n,i){if(typeof t!="string")throw new TypeError('Invalid template! Template should be a "string" but "'+Fe(t)+'" was given as the first argument for mustache#render(template, view, partials)');return S.render(t,r,n,i)};b.escape=He;b.Scanner=P;b.Context=R;b.Writer=y;var O=b;var tt=65536,Y=tt-100;function z(e){return String(e).replace(/\B(?=(\d{3})+(?!\d))/g,",")}function H(e,t="the issue"){return`\u2026 truncated ${z(e)} characters; see ${t} for the full text`}function ye(e,t=Y,r){if(e.length<=t)return e;let n=ce(e),i=n.map(d=>e.slice(d.start,d.end)),a="",c=0;for(let d of n)a+=e.slice(c,d.start),c=d.end;a+=e.slice(c);let s=i.length>0?i.join(`
`)+`
`:"",o=t-s.length;for(let d=0;d<8&&o>0;d++){let l=nt(a,Math.max(0,o-120)),m=a.slice(0,l),u=me(m),T=u?`
`+ue(u):"",w=`${s}${m.replace(/\s+$/,"")}${T}

*${H(a.length-l,r)}*
`;if(w.length<=t)return w;o-=w.length-t}throw new Error(`A comment's markers alone need ${s.length} characters; the limit is ${t}.`)}function nt(e,t){let r=Math.min(t,e.length),n=e.lastIndexOf(`
`,r);n>0&&r-n<500&&(r=n);let i=e.charCodeAt(r-1);return i>=55296&&i<=56319&&(r-=1),r}var U=/\uE000([0-9a-z]+)\uE001/g;function ve(e){return`\uE000${e.toString(36)}\uE001`}var be=40;function ke(e){let t=[],r=null,n=0;for(let i of e.split(`
`)){let a=n;n+=i.length+1;let c=i.replace(U,"x");if(r){if(le(c,r.fence,be)){r.closeAt=a+i.indexOf(r.fence.char),r=null;continue}let o=r,l=o.fence.info.split(/\s+/)[0]?.toLowerCase()==="mermaid"?{kind:"mermaid"}:{kind:"code",continuation:o.fence.indent};for(let m of i.matchAll(U))t.push(K(m,a,l,o));continue}let s=de(c,be);if(s){r={fence:s,openAt:a+s.indent.length,closeAt:null};for(let o of i.matchAll(U))t.push(K(o,a,{kind:"codespan",inTable:!1}));continue}for(let o of i.matchAll(U))t.push(K(o,a,rt(i,o.index,o[0].length)))}return t}function K(e,t,r,n){let i=t+(e.index??0),a={start:i,end:i+e[0].length,value:parseInt(e[1]??"0",36),placement:r};return n&&(a.block=n),a}function rt(e,t,r){let n=e.slice(0,t).replace(U,"x"),i=e.slice(t+r).replace(U,"x"),a=/^\s*\|/.test(e);return at(n)?{kind:"codespan",inTable:a}:n.endsWith("](")?{kind:"url"}:n.endsWith("@")?{kind:"handle"}:a?{kind:"table"}:{kind:"text",atLineStart:it.test(n),continuation:st(n),singleLine:/^ {0,3}#{1,6}(\s|$)/.test(e),linkText:/\[[^\]]*$/.test(n)&&/^[^[]*\]\(/.test(i)}}var it=/^(?:[ \t]*(?:>[ \t]?|(?:[-*+]|\d{1,9}[.)])[ \t]+))*[ \t]*$/;function at(e){let t=0;for(let r of e.matchAll(/`+/g))t===0?t=r[0].length:r[0].length===t&&(t=0);return t!==0}function st(e){let t="",r=e;for(;;){let n=/^([ \t]*)(>[ \t]?|(?:[-*+]|\d{1,9}[.)])[ \t]+)/.exec(r);if(!n)break;let i=n[2]??"";t+=(n[1]??"")+(i.startsWith(">")?i:" ".repeat(i.length)),r=r.slice(n[0].length)}return t===""?/^[ \t]*/.exec(e)?.[0]??"":t}function B(e,t,r={}){try{return Te(e,t,r)}catch(n){if(!e.fallback)throw n;let i=n instanceof Error?n.message:String(n);return r.onWarning?.(`${e.source} failed to render (${i}); the default ${e.name} template was used.`),Te(e.fallback,t,r)}}function Te(e,t,r){let n=r.limit??Y,i=ct(r.marker),a=[],c=M(t,a,0),s=e.body.replace(/[\uE000\uE001]/g,""),o=new O.Writer().render(s,c,{},{escape:w=>String(w)}),d=ke(o),l=ge(r.allowMentions),m=d.map(w=>a[w.value]??""),u=d.map((w,p)=>xe(o,w,j(m[p]??"",w.placement,l))),T=Ae(i,Ce(o,d,u));for(let w=0;w<4&&T.length>n;w++){let p=u.reduce((g,h)=>g+h.length,0)-(T.length-n)-64*(w+1),v=dt(u.map(g=>g.length),Math.max(0,p));d.forEach((g,h)=>{(u[h]??"").length>v&&(u[h]=xe(o,g,mt(m[h]??"",g.placement,l,v)))}),T=Ae(i,Ce(o,d,u))}return ye(T,n)}function ct(e){if(e===void 0)return"";if(typeof e!="string")return se(e.kind,e.data)+`
`;let t=oe(e);if(t.length!==1||t[0]?.raw!==e.trim())throw new Error("options.marker must be exactly one marker written by marker(kind, data)");return e.trim()+`
`}function Ae(e,t){return e+t.replace(/\s+$/,"")+`
`}function M(e,t,r){if(!(r>32)){if(typeof e=="string"||typeof e=="bigint"){let n=String(e);return n===""?"":(t.push(n),ve(t.length-1))}if(typeof e=="number")return Number.isFinite(e)?e:void 0;if(typeof e=="boolean"||e===null||e===void 0)return e;if(Array.isArray(e))return e.map(n=>M(n,t,r+1));if(typeof e=="object"){if(Object.getPrototypeOf(e)!==Object.prototype&&Object.getPrototypeOf(e)!==null)return M(String(e),t,r+1);let n=Object.create(null);for(let[i,a]of Object.entries(e))n[i]=M(a,t,r+1);return n}}}function xe(e,t,r){return/<(?:!-?)?$/.test(e.slice(Math.max(0,t.start-3),t.start))?"\u200B"+r:r}function Ce(e,t,r){let n=t.map((s,o)=>({at:s.start,remove:s.end-s.start,insert:r[o]??""})),i=new Map;t.forEach((s,o)=>{if(!s.block)return;let d=pe(r[o]??"",s.block.fence.char)+1;i.set(s.block,Math.max(i.get(s.block)??0,d))});for(let[s,o]of i){let d=o-s.fence.length;if(d<=0)continue;let l=s.fence.char.repeat(d);n.push({at:s.openAt,remove:0,insert:l}),s.closeAt!==null&&n.push({at:s.closeAt,remove:0,insert:l})}n.sort((s,o)=>s.at-o.at);let a="",c=0;for(let s of n)a+=e.slice(c,s.at)+s.insert,c=s.at+s.remove;return a+e.slice(c)}function dt(e,t){let r=[...e].sort((i,a)=>i-a),n=t;for(let i=0;i<r.length;i++){let a=Math.floor(n/(r.length-i)),c=r[i]??0;if(c>a)return a;n-=c}return Number.POSITIVE_INFINITY}function lt(e,t){let r=H(t);switch(e.kind){case"text":return e.singleLine||e.linkText?` \u2026 (truncated ${z(t)} characters)`:`

${e.continuation}*${r}*`;case"code":return`
${e.continuation}${r}`;case"table":case"codespan":return` (${r})`;case"mermaid":case"url":case"handle":return""}}function mt(e,t,r,n){let i=o=>{let d=o,l=e.charCodeAt(d-1);return l>=55296&&l<=56319&&(d-=1),j(e.slice(0,d).replace(/\s+$/,""),t,r)+lt(t,e.length-d)};if(i(0).length>n)return t.kind==="url"?"#":"\u2026";let a=0,c=e.length;for(;a<c;){let o=Math.ceil((a+c)/2);i(o).length<=n?a=o:c=o-1}let s=Math.max(e.lastIndexOf(`
`,a),e.lastIndexOf(" ",a));return i(s>0&&a-s<200?s:a)}var Ie=te(ae(),1);var Ee=`
---`,ut=new Set(["yaml","yml"]);function Ue(e,t){if(!e.startsWith("---")||e.charAt(3)==="-")return{data:{},content:e};let r=e.slice(3),n=r.length,i=r.slice(0,r.search(/\r?\n/)),a=i.trim();a!==""&&(r=r.slice(i.length));let c=r.indexOf(Ee);c===-1&&(c=n);let s=r.slice(0,c);if(s.replace(/^\s*#[^\n]+/gm,"").trim()==="")return{data:{},content:Re(r,c,n)};if(a!==""&&!ut.has(a.toLowerCase()))throw new Error(`front matter in "${a}" is not allowed; templates use YAML ("---")`);return{data:t(s),content:Re(r,c,n)}}function Re(e,t,r){let n=t===r?"":e.slice(t+Ee.length);return n.startsWith("\r")&&(n=n.slice(1)),n.startsWith(`
`)&&(n=n.slice(1)),n}var f=class extends Error{constructor(r,n,i){super(`${n}${i===void 0?"":`:${i}`}: ${r}`);this.source=n;this.line=i;this.name="TemplateError"}source;line},pt=/^[a-z][a-z0-9-]{0,63}$/,gt=/^[A-Za-z_][A-Za-z0-9_]*$/,ht=new Set(["name","description","when","variables"]);function J(e,t){let r=e.replace(/^\uFEFF/,"").replace(/\r\n?/g,`
`),n=r.split(`
`),i=n[0]??"";if(!/^---/.test(i))throw new f('missing front matter: start the file with a line "---", then name and description',t,1);let a=i.slice(3).trim().toLowerCase();if(a!==""&&a!=="yaml"&&a!=="yml")throw new f(`front matter in "${a}" is not allowed; templates use YAML ("---")`,t,1);let c=n.findIndex((m,u)=>u>0&&/^---[ \t]*$/.test(m));if(c<0)throw new f('front matter is not closed: add a line "---" after it',t,1);let s,o;try{let m=Ue(r,u=>Ie.default.parse(u)??{});s=m.data,o=m.content}catch(m){let u=m.linePos?.[0]?.line;throw new f(`front matter is not valid YAML: ${Z(m)}`,t,u===void 0?void 0:u+1)}let d=[],l=ft(s,t,d);return wt(o,t,c+2),{...l,body:o,source:t,warnings:d}}function ft(e,t,r){if(e===null||typeof e!="object"||Array.isArray(e))throw new f("front matter must be a mapping (name: \u2026, description: \u2026)",t,2);let n=e,{name:i,description:a,when:c="",variables:s=[]}=n;if(typeof i!="string"||!pt.test(i))throw new f('front matter "name" must be the template name, e.g. "status-update"',t);if(typeof a!="string"||a.trim()==="")throw new f('front matter "description" must be a non-empty string',t);if(typeof c!="string")throw new f('front matter "when" must be a string',t);if(!Array.isArray(s)||!s.every(o=>typeof o=="string"&&gt.test(o)))throw new f('front matter "variables" must be a list of view keys, e.g. [incident, note]',t);for(let o of Object.keys(n))ht.has(o)||r.push(`${t}: unknown front matter key "${o}" ignored`);return{name:i,description:a.trim(),when:c.trim(),variables:s}}function wt(e,t,r){let n=s=>r+(e.slice(0,s).match(/\n/g)?.length??0),i=/<!--\s*firebreak:(?!owned [a-z][a-z0-9-]{0,39} -->)/i.exec(e);if(i)throw new f('templates cannot contain "<!-- firebreak:" markers; Firebreak adds them',t,n(i.index));let a;try{a=O.parse(e)}catch(s){let o=/at (\d+)/.exec(Z(s))?.[1];throw new f(`mustache syntax: ${Z(s)}`,t,o===void 0?void 0:n(Number(o)))}let c=s=>{for(let o of s){if(o[0]===">")throw new f(`partials ({{> ${o[1]}}}) are not supported`,t,n(o[2]));o[4]&&c(o[4])}};c(a)}function X(e){let t=new Set;for(let r of O.parse(e)){let[n,i]=r;["name","&","#","^"].includes(n)&&i!=="."&&t.add(i.split(".")[0]??i)}return[...t]}function Z(e){return(e instanceof Error?e.message:String(e)).split(`
`)[0]??""}function Se(e,t){if(e.name!==t)throw new f(`front matter name "${e.name}" does not match the file name`,e.source);let r=X(e.body).filter(n=>!e.variables.includes(n));if(r.length>0)throw new f(`uses ${r.join(", ")} but "variables" does not list them`,e.source)}var Q=".github/firebreak/templates",G=class extends Error{constructor(r,n){super(`Unknown template "${r}". Known templates: ${n.join(", ")}.`);this.template=r;this.known=n;this.name="UnknownTemplateError"}template;known},D=class e{constructor(t,r){this.templates=t;this.warnings=r}templates;warnings;static defaults(t=he){return new e(new Map(t.map(r=>[r.name,r])),t.flatMap(r=>r.warnings))}static fromSources(t){return e.defaults(Object.entries(t).map(([r,n])=>{let i=J(n,`templates/${r}.md`);return Se(i,r),i}))}withOverrides(t,r=Q){let n=new Map(this.templates),i=[...this.warnings];for(let[a,c]of Object.entries(t)){let s=(a.split("/").pop()??a).replace(/\.md$/i,""),o=`${r}/${s}.md`,d=this.templates.get(s);if(!d){i.push(`${o}: no template is named "${s}", so this file is ignored. Known templates: ${this.names().join(", ")}.`);continue}try{let l=J(c,o);if(l.name!==s)throw new f(`front matter name "${l.name}" does not match the file name "${s}.md"`,o);let m=X(l.body).filter(u=>!d.variables.includes(u));for(let u of m)i.push(`${o}: {{${u}}} is not part of the ${s} view (it renders empty). Available: ${d.variables.join(", ")}.`);i.push(...l.warnings),n.set(s,{...l,when:l.when||d.when,variables:l.variables.length>0?l.variables:d.variables,fallback:d})}catch(l){let m=l instanceof Error?l.message:String(l);i.push(`${m} \u2014 using the default ${s} template instead.`)}}return new e(n,i)}names(){return[...this.templates.keys()].sort()}has(t){return this.templates.has(t)}get(t){let r=this.templates.get(t);if(!r)throw new G(t,this.names());return r}render(t,r,n={}){return B(this.get(t),r,n)}};var k={number:42,title:"Checkout fails for EU customers",url:"https://github.com/acme/shop/issues/42",severity:"P1",severityName:"High",status:"investigating",statusLabel:"Investigating",security:!1},$={...k,status:"mitigating",statusLabel:"Mitigating"},ee={...k,status:"resolved",statusLabel:"Resolved"},yt=[{name:"Detection & Analysis",window:"0\u201315 min",due:"2026-03-02 10:15 UTC"},{name:"Containment",window:"15\u201330 min",due:"2026-03-02 10:30 UTC"},{name:"Recovery",window:"1\u20134 h",due:"2026-03-02 11:00\u201314:00 UTC"}],Pe=[{title:"API Performance Issues",url:"https://github.com/acme/shop/issues/42#runbook-api-performance"}],Oe=[{at:"2026-03-02 10:00 UTC",actor:"dana",text:"Incident filed from the form: P1 (major functionality impacted)"},{at:"2026-03-02 10:00 UTC",actor:"firebreak",text:"Commander alice (primary on call); internal alert posted"},{at:"2026-03-02 10:09 UTC",actor:"alice",text:"Acknowledged"},{at:"2026-03-02 10:24 UTC",actor:"alice",text:"Status identified: payment provider timeouts in eu-west-1"},{at:"2026-03-02 10:41 UTC",actor:"alice",text:"Status mitigating: traffic failed over to eu-central-1"}],$e={window:"24 hours",items:[{at:"2026-03-02 09:41 UTC",kind:"Deployment",ref:"production",title:"main",url:"https://github.com/acme/shop/commit/4f2a9c1d8e7b6a5f4e3d2c1b0a9f8e7d6c5b4a39",by:"deploy-bot"},{at:"2026-03-02 09:30 UTC",kind:"Pull request",ref:"#412",title:"Retry payment provider calls with a shorter timeout",url:"https://github.com/acme/shop/pull/412",by:"bob"},{at:"2026-03-01 16:05 UTC",kind:"Release",ref:"v2.14.0",title:"Checkout 2.14",url:"https://github.com/acme/shop/releases/tag/v2.14.0",by:"carol"}],none:!1,more:2,incomplete:!1,error:""},Ne={"internal-alert":{incident:k,description:"Checkout fails for EU customers",impact:"Checkout API returns 502 for about 40% of EU requests",eta:"",reporter:"dana",startedAt:"2026-03-02 10:00 UTC",services:["checkout","payments"],commander:"alice",acknowledgeBy:"2026-03-02 11:00 UTC",responseTarget:"1 hour",phases:yt,classification:'the reporter chose P1, and rule `major-functionality` agrees ("checkout fails")',runbooks:Pe,notify:[],paged:[{name:"On-call Engineer",mentions:["alice"],contacts:[{name:"Primary",phone:"+1-555-0101"}],channels:[],due:"2026-03-02 10:00 UTC",late:!1,lateBy:""}],breachDeadline:"",changes:$e},summary:{incident:$,severityReason:"the reporter chose P1, and rule `major-functionality` agrees",commander:"alice",roles:[{role:"Scribe",login:"bob"},{role:"Communications",login:"carol"}],services:["checkout","payments"],impact:"Checkout API returns 502 for about 40% of EU requests",eta:"2026-03-02 12:00 UTC",startedAt:"2026-03-02 10:00 UTC",acknowledgedAt:"2026-03-02 10:09 UTC",mitigatedAt:"2026-03-02 10:41 UTC",resolvedAt:"",nextEscalation:null,sla:{breached:!1,text:"met: acknowledged after 9 min (target 1 hour)"},lastUpdateAt:"2026-03-02 10:41 UTC",nextUpdateDue:"2026-03-02 11:41 UTC",timeline:Oe,olderTimelineEntries:0,runbooks:Pe,postmortemUrl:"",alert:"",evidence:"",problems:["Slack delivery failed at 10:00 UTC (HTTP 500); retrying on the next run"],breachDeadline:"",updatedAt:"2026-03-02 10:41 UTC"},runbook:{incident:k,runbookId:"api-performance",title:"API Performance Issues",steps:["Check load balancer health","Review application metrics","Scale pods if needed","Verify external dependencies"],reason:"matches service checkout",workflow:"scale-checkout.yml"},"status-update":{incident:$,author:"alice",at:"2026-03-02 10:41 UTC",statusChanged:!0,previousStatusLabel:"Identified",note:"Traffic failed over to eu-central-1; error rate back under 1%. Watching for recurrence.",impact:"Checkout errors for EU customers, now below 1%",eta:"2026-03-02 12:00 UTC",nextUpdateDue:"2026-03-02 11:41 UTC"},"severity-change":{incident:{...k,severity:"P0",severityName:"Critical"},from:"P1",fromName:"High",to:"P0",toName:"Critical",upgrade:!0,by:"alice",via:"the label `severity:P0`",reason:"All EU checkouts fail now, not 40%",at:"2026-03-02 10:20 UTC",restored:!1,responseTarget:"Immediate",acknowledgeBy:"2026-03-02 10:25 UTC",escalation:["Engineering Manager and CTO are due for P0 and were paged at once"]},escalation:{incident:k,steps:[{name:"CTO",mentions:["carol"],contacts:[{name:"Escalation",phone:"+1-555-0103"}],channels:[],due:"2026-03-02 10:30 UTC",late:!0,lateBy:"70 min"},{name:"CEO",mentions:["erin"],contacts:[],channels:["Slack (incidents)"],due:"2026-03-02 11:00 UTC",late:!0,lateBy:"40 min"}],several:!0,manual:!1,by:"",reason:"",commander:"alice",acknowledgedBy:"",acknowledgedAt:"",stopsWhen:"acknowledged",stopsOnAck:!0,stopCommand:"`/ack`"},notice:{incident:k,title:"A comment of Firebreak's was edited",lines:["Someone edited comment 1203 (the escalation to the engineering manager): its hidden record no longer matches, so Firebreak no longer trusts it.","Firebreak continues from the copy of the incident's state in the live summary: nothing is paged twice and nothing due is dropped."],advice:"Please leave Firebreak's comments as they are: say what you want to say in a new comment."},"response-breach":{incident:k,target:"1 hour",due:"2026-03-02 11:00 UTC",lateBy:"3 min",commander:"alice",notify:["bob"],label:"response-breach"},"update-reminder":{incident:$,commander:"alice",cadence:"1 hour",lastUpdateAt:"2026-03-02 10:41 UTC",due:"2026-03-02 11:41 UTC",overdueBy:"4 min"},"security-deadline":{incident:$,deadline:"2026-03-05 10:00 UTC",remaining:"4h",breached:!1,lateBy:"",notify:["acme/security"],procedure:"Data breach"},resolution:{incident:ee,by:"alice",at:"2026-03-02 12:00 UTC",summary:"The payment provider fixed its eu-west-1 gateway; traffic is back on the primary region.",startedAt:"2026-03-02 10:00 UTC",timeToAcknowledge:"9 min",timeToMitigate:"41 min",timeToResolve:"2 h",postmortem:!0,reopened:""},"customer-communication":{incident:$,description:"failed checkouts for some customers in Europe",impact:"Some payments in Europe could not be completed between 10:00 and 10:41 UTC.",status:"We moved payment traffic to another region; checkouts succeed again while we monitor.",updates:"https://status.acme.example \u2014 next update by 12:00 UTC",requestedBy:"carol"},"postmortem-communication":{incident:ee,pullNumber:57,pullUrl:"https://github.com/acme/shop/pull/57",path:"docs/postmortems/2026-03-02-checkout-fails-for-eu-customers.md",reviewers:["alice","acme/sre"],updated:!1,regenerated:"",unchanged:!1,kept:""},"command-reply":{incident:k,author:"bob",results:[{command:"/ack",done:!0,refused:!1,invalid:!1,failed:!1,message:"acknowledged at 10:09 UTC; escalation stopped.",usage:"",suggestion:""},{command:"/resolve fixed",done:!1,refused:!0,invalid:!1,failed:!1,message:"`/resolve` needs write permission on acme/shop; you have triage.",usage:"",suggestion:""},{command:"/sev P0",done:!1,refused:!1,invalid:!0,failed:!1,message:"unknown command.",usage:"",suggestion:"/severity"}],help:[]},"intake-problems":{incident:{...k,severity:"P2",severityName:"Medium"},reporter:"dana",noForm:!1,missing:["What happened?","Who is affected?"],invalid:[{field:"Severity",value:"pretty bad",problem:'not one of P0\u2013P4 or "Not sure".'}],severityDefaulted:!0,defaultSeverity:"P2"},postmortem:{changes:$e,incident:ee,summary:"",impact:"About 40% of EU checkout requests failed for 41 minutes.",services:["checkout","payments"],commander:"alice",roles:[{role:"Scribe",login:"bob"}],startedAt:"2026-03-02 10:00 UTC",detectedAt:"2026-03-02 10:00 UTC",acknowledgedAt:"2026-03-02 10:09 UTC",mitigatedAt:"2026-03-02 10:41 UTC",resolvedAt:"2026-03-02 12:00 UTC",timeToAcknowledge:"9 min",timeToMitigate:"41 min",timeToResolve:"2 h",timeline:[...Oe,{at:"2026-03-02 12:00 UTC",actor:"alice",text:"Resolved: provider fixed its eu-west-1 gateway"}],diagram:[{at:"10:00",label:"Filed (P1)"},{at:"10:09",label:"Acknowledged"},{at:"10:24",label:"Identified"},{at:"10:41",label:"Mitigated: failover"},{at:"12:00",label:"Resolved"}],rootCauses:[],contributingFactors:[],wentWell:["Failover runbook worked on the first try"],wentWrong:[],lucky:[],actionItems:[{text:"Alert on checkout 5xx rate per region",owner:"alice",done:!1},{text:"Document the payment provider failover",owner:"",done:!1}]}};var bt=["internal-alert","summary","runbook","status-update","severity-change","escalation","response-breach","update-reminder","security-deadline","resolution","customer-communication","postmortem-communication","command-reply","intake-problems","postmortem","notice"];function Ve(e){return bt.includes(e)}var rn=ne(L),x=class extends Error{};async function an(e,t){let r={stdout:n=>{t.stdout.write(n)},stderr:n=>{t.stderr.write(n)}};try{return await re(L,e,r,({values:n,positionals:i})=>kt(i[0],F(n,"incident"),F(n,"templates"),t))}catch(n){if(!(n instanceof x))throw n;return t.stderr.write(`firebreak preview: ${n.message}
`),V.problems}}async function kt(e,t,r,n){let i=r??Q,a=await n.readTemplates(i);if(a===null&&r!==void 0)throw new x(`no directory ${i}`);let c=D.defaults().withOverrides(a??{},i);for(let l of c.warnings)n.stderr.write(`warning: ${l}
`);if(e===void 0)return n.stdout.write(Tt(c)),V.ok;if(!c.has(e)||!Ve(e))throw new x(`unknown template "${e}"${ie(e,c.names())}. Known templates: ${c.names().join(", ")}.`);let s=c.get(e),o=Ne[e];if(t!==void 0){o=await At(t,n);let l=s.variables.filter(u=>!(u in o)),m=Object.keys(o).filter(u=>!s.variables.includes(u));l.length>0&&n.stderr.write(`warning: ${t} has no ${l.join(", ")} (rendered empty)
`),m.length>0&&n.stderr.write(`warning: the ${e} template does not use ${m.join(", ")}
`)}let d=B(s,o,{onWarning:l=>n.stderr.write(`warning: ${l}
`)});return n.stdout.write(d),V.ok}function Tt(e){let t=e.names(),r=Math.max(...t.map(i=>i.length));return`Templates (firebreak preview <name> renders one with a sample incident):
${t.map(i=>{let a=e.get(i);return`  ${i.padEnd(r)}  ${a.source}
  ${" ".repeat(r)}  ${a.when||a.description}`}).join(`
`)}
`}async function At(e,t){let r;try{r=await t.readFile(e)}catch(i){throw new x(`cannot read ${e}: ${i.message}`)}let n;try{n=/\.json$/i.test(e)?JSON.parse(r):Be.default.parse(r)}catch(i){throw new x(`${e} is not valid ${/\.json$/i.test(e)?"JSON":"YAML"}: ${i.message.split(`
`)[0]}`)}if(n===null||typeof n!="object"||Array.isArray(n))throw new x(`${e} must hold an object with the template's view keys`);return n}function sn(){return{stdout:process.stdout,stderr:process.stderr,readFile:e=>Me(e,"utf8"),async readTemplates(e){let t;try{t=await vt(e)}catch{return null}let r={};for(let n of t.filter(i=>i.endsWith(".md")))r[n]=await Me(`${e}/${n}`,"utf8");return r}}}export{rn as PREVIEW_USAGE,sn as nodePreviewIo,an as runPreviewCommand};
