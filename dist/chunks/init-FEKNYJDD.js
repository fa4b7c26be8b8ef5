import { createRequire as __firebreakCreateRequire } from 'node:module'; const require = __firebreakCreateRequire(import.meta.url);
import{a as Z,c as J}from"./chunk-JRF2OYIR.js";import{a as B,b as S,c as Y,d as V}from"./chunk-JDUPAVIU.js";import{b as L,c as _}from"./chunk-DFRV2UPB.js";import"./chunk-3PRL5SQK.js";import{d as j,g as G}from"./chunk-JD4DGJIT.js";import{a as x,d as W}from"./chunk-JFOL764X.js";import"./chunk-IN5S3C7C.js";import"./chunk-6D5CC6O3.js";import"./chunk-5PFSXDMV.js";import"./chunk-RQXX7GF6.js";import{b as K,c as q,e as z,f as T,h as C}from"./chunk-F364PITJ.js";import"./chunk-E3RYWXBC.js";import"./chunk-WHP3E2YJ.js";var Q=[{path:".github/ISSUE_TEMPLATE/incident.yml",source:".github/ISSUE_TEMPLATE/incident.yml",content:`# Firebreak's incident form (also what \`firebreak init\` installs). Firebreak reads the answers by field
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
`},{path:".github/ISSUE_TEMPLATE/security-incident.yml",source:".github/ISSUE_TEMPLATE/security-incident.yml",content:`# Firebreak's security incident form (also what \`firebreak init\` installs). Firebreak reads the answers
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
`},{path:".github/ISSUE_TEMPLATE/config.yml",source:".github/ISSUE_TEMPLATE/config.yml",content:`# The "New issue" chooser. OWNER/REPO is a placeholder: \`firebreak init\` writes the repository's own
# name, and private vulnerability reporting must be enabled in the repository's security settings.
blank_issues_enabled: true
contact_links:
  - name: Report a security vulnerability privately
    url: https://github.com/OWNER/REPO/security/advisories/new
    about: Sensitive security details go here, not in a public issue. Only maintainers and you can see the report.
`},{path:".github/workflows/incident.yml",source:"examples/workflows/incident.yml",content:`# Firebreak: triage incidents filed from the issue forms, react to severity labels, run slash commands.
# Every run reconciles the whole incident, so a cancelled pending run loses nothing.
name: Firebreak incident
on:
  issues:
    types: [opened, edited, labeled, unlabeled, closed, reopened]
  issue_comment:
    types: [created, edited]
permissions:
  issues: write # labels, comments, assignees
  contents: write # the schedule index branch and postmortem branches
  pull-requests: write # postmortem pull requests on resolution
  actions: write # \`/runbook run\` dispatches the runbook's workflow
concurrency:
  group: firebreak-incident-\${{ github.event.issue.number }}
  cancel-in-progress: false
jobs:
  incident:
    runs-on: ubuntu-latest
    timeout-minutes: 15
    steps:
      # A tag can be moved: to pin the action, use a release's commit SHA (\`firebreak init --ref <sha>\` writes it).
      - uses: firebreak-dev/firebreak@v0.1.0
        with:
          watch-minutes: '10'
        env:
          # Channel secrets named in .github/firebreak.yml (\`url-from\`, \`routing-key-from\`).
          FIREBREAK_SLACK_URL: \${{ secrets.FIREBREAK_SLACK_URL }}
          FIREBREAK_PAGERDUTY_KEY: \${{ secrets.FIREBREAK_PAGERDUTY_KEY }}
`},{path:".github/workflows/escalation.yml",source:"examples/workflows/escalation.yml",content:`# Firebreak: the scheduled sweep. Fires escalations, response-target breaches and update reminders that
# came due, exactly once each, and catches up when GitHub runs the schedule late or skips it.
name: Firebreak escalation
on:
  schedule:
    - cron: '*/5 * * * *'
  workflow_dispatch: {} # "Run workflow" sweeps now and writes the incident report to the job summary
permissions:
  issues: write
  contents: write # the schedule index branch
concurrency:
  group: firebreak-sweep
  cancel-in-progress: false
jobs:
  sweep:
    runs-on: ubuntu-latest
    timeout-minutes: 15
    steps:
      # A tag can be moved: to pin the action, use a release's commit SHA (\`firebreak init --ref <sha>\` writes it).
      - uses: firebreak-dev/firebreak@v0.1.0
        with:
          mode: sweep
        env:
          FIREBREAK_SLACK_URL: \${{ secrets.FIREBREAK_SLACK_URL }}
          FIREBREAK_PAGERDUTY_KEY: \${{ secrets.FIREBREAK_PAGERDUTY_KEY }}
  report:
    # Run by hand ("Run workflow"): incidents by severity, MTTA and MTTR, breaches and open action items
    # over the last 90 days, in the job summary.
    if: github.event_name == 'workflow_dispatch'
    runs-on: ubuntu-latest
    timeout-minutes: 5
    permissions:
      contents: read
    steps:
      # A tag can be moved: to pin the action, use a release's commit SHA (\`firebreak init --ref <sha>\` writes it).
      - uses: firebreak-dev/firebreak@v0.1.0
        with:
          mode: report
`},{path:".github/workflows/postmortem.yml",source:"examples/workflows/postmortem.yml",content:`# Firebreak: checks postmortem pull requests and, when one merges, files its action items as issues and
# updates the learnings index.
name: Firebreak postmortem
on:
  pull_request:
    types: [opened, synchronize, reopened, closed]
    paths:
      - 'docs/postmortems/**'
permissions:
  contents: write # the learnings index on merge
  issues: write # action items
  pull-requests: read
concurrency:
  group: firebreak-postmortem-\${{ github.event.pull_request.number }}
  cancel-in-progress: false
jobs:
  postmortem:
    runs-on: ubuntu-latest
    timeout-minutes: 10
    steps:
      # A tag can be moved: to pin the action, use a release's commit SHA (\`firebreak init --ref <sha>\` writes it).
      - uses: firebreak-dev/firebreak@v0.1.0
`},{path:".github/firebreak.yml",source:"examples/firebreak.yml",content:`# Firebreak configuration, written by \`firebreak init\`.
#
# Firebreak needs no configuration. While every line of this file is a comment it behaves exactly like the
# incident response playbook it was built from: severities P0 to P4 with their response targets, the three
# response phases, the escalation matrix (on-call engineer, then the engineering manager after 15 minutes,
# the CTO after 30 and the CEO after an hour for P0 and P1), and the Database, API performance and
# Security runbooks.
#
# Write only what you change; everything else keeps its default. Mappings merge key by key, lists replace
# the default list as a whole, and \`~\` removes a default entry (\`runbooks: {database: ~}\`). The examples
# below show the default values, so uncommenting one changes nothing until you edit it, except the
# rotation, which is how you say who is on call. Every key is described in docs/configuration.md of the
# Firebreak repository. Check the file before you commit it, with the \`firebreak\` CLI (installed as the
# README of the Firebreak repository says: npm install -g github:firebreak-dev/firebreak):
#
#   firebreak validate             problems as file:line:column, exit 1 on errors
#   firebreak validate --summary   and what the result is
#   firebreak oncall --schedule    who is on call for the next 14 days
#   firebreak doctor               the workflows, forms, labels and rotation on GitHub
#
# Firebreak reads this file from the default branch on every run. A file with errors is not used: the
# run logs the problems and falls back to the playbook defaults.

# ---------------------------------------------------------------------------------------------------------
# Who is on call. Until the default rotation has members, incidents get no incident commander and the
# first escalation step pages nobody by name. Uncomment the block and put in your team's GitHub logins:
# each needs triage access to this repository or more, so that Firebreak can assign them and they can
# run commands such as /ack. Add further rotations (one per team) next to on-call and route services to
# them with \`services.<id>.rotation\`.
#
# rotations:
#   on-call:                         # the default rotation (default-rotation: on-call)
#     time-zone: UTC                 # IANA time zone of the hand-off times, e.g. Europe/Berlin
#     layers:
#       - name: primary              # the first layer is the primary: commander and first page
#         members: [alice, bob, carol]
#         shift: weekly              # daily, weekly, or {hours: 12}
#         handoff: "09:00"           # local time of the hand-off; keep the quotes
#         handoff-day: monday        # the day weekly shifts hand off
#       # - name: secondary          # an optional second layer, paged by steps with \`oncall: secondary\`
#       #   members: [dave, erin]
#     # overrides:                   # someone else on call for a while (holidays, sick days)
#     #   - {start: 2026-03-02T09:00:00Z, end: 2026-03-03T09:00:00Z, member: dave}

# ---------------------------------------------------------------------------------------------------------
# Who is called. The escalation matrix shows these numbers in its pages: replace them with real ones.
#
# contacts:
#   primary: {name: Primary, phone: "+1-555-0101", description: "First call: the on-call engineer"}
#   secondary: {name: Secondary, phone: "+1-555-0102", description: Engineering manager (15 minutes without acknowledgement)}
#   escalation: {name: Escalation, phone: "+1-555-0103", description: "CTO and CEO (30 and 60 minutes, P0/P1)"}

# ---------------------------------------------------------------------------------------------------------
# How fast. Acknowledge within \`response-target\`; the commander is reminded when the last status update is
# older than \`update-every\`. Durations: 30m, 1h, 1d, \`immediate\` (5 minutes, GitHub's shortest schedule)
# or \`none\`.
#
# severities:
#   P0: {response-target: immediate, update-every: 30m}
#   P1: {response-target: 1h, update-every: 1h}
#   P2: {response-target: 4h, update-every: 4h}
#   P3: {response-target: 1d, update-every: none}
#   P4: {response-target: none, update-every: none}
# default-severity: P2               # for incidents whose severity cannot be read

# ---------------------------------------------------------------------------------------------------------
# Security incidents. \`team\` (logins or org/team slugs) is assigned and notified on every one. In a public
# repository, name a private repository for restricted details with \`private-repository: owner/name\`.
#
# security:
#   team: []
#   notification-deadline: 72h      # notify regulators and affected users of a data breach within this
#   reminders: [24h, 4h]             # reminders before that deadline
#   advisories: false                # true: also open a draft security advisory

# ---------------------------------------------------------------------------------------------------------
# Postmortems. Resolving a P0, P1 or P2 incident opens a pull request with the postmortem in \`directory\`.
#
# postmortem:
#   directory: docs/postmortems
#   reviewers: []                    # logins or org/team slugs asked to review it

# ---------------------------------------------------------------------------------------------------------
# Also configurable (see docs/configuration.md): services and the teams that own them, escalation
# policies, notification channels (Slack, Microsoft Teams, webhooks, PagerDuty), runbooks, classification
# rules, label names and colours, who may run each slash command, and message templates.
`}];var F=`${L}@${_}`,D=["workflows","forms","config"];function oe(e){return e.startsWith(".github/workflows/")?"workflows":e.startsWith(".github/ISSUE_TEMPLATE/")?"forms":"config"}function X(e){return Q.map(({path:t,content:n})=>{let r=n;return e.repository&&(r=se(r,e.repository,e.webUrl)),t.startsWith(".github/workflows/")&&(r=ae(r,e.action??L,e.actionRef??_)),{path:t,part:oe(t),content:r}})}function se(e,t,n){let r=n.replace(/\/+$/,"");return e.replace(/https:\/\/github\.com\/OWNER\/REPO\//g,`${r}/${t.owner}/${t.repo}/`)}function ae(e,t,n){return e.split(`uses: ${F}`).join(`uses: ${t}@${n}`)}function ee(e){return/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/.test(e)?null:`--action must be "owner/repo", not "${e}"`}function te(e){return/^[A-Za-z0-9][A-Za-z0-9._/-]*$/.test(e)?null:`--ref must be a commit SHA or a tag, not "${e}"`}var ne=e=>/^[0-9a-f]{40}$/.test(e);function re(e){if(e.GITHUB_SERVER_URL?.trim())return e.GITHUB_SERVER_URL.trim().replace(/\/+$/,"");let t=e.GITHUB_API_URL?.trim().replace(/\/+$/,"");return t&&/\/api\/v3$/.test(t)?t.slice(0,-7):"https://github.com"}var I=class{diff(t,n,r={}){let i;typeof r=="function"?(i=r,r={}):"callback"in r&&(i=r.callback);let s=this.castInput(t,r),a=this.castInput(n,r),l=this.removeEmpty(this.tokenize(s,r)),o=this.removeEmpty(this.tokenize(a,r));return this.diffWithOptionsObj(l,o,r,i)}diffWithOptionsObj(t,n,r,i){var s;let a=c=>{if(c=this.postProcess(c,r),i){setTimeout(function(){i(c)},0);return}else return c},l=n.length,o=t.length,f=1,d=l+o;r.maxEditLength!=null&&(d=Math.min(d,r.maxEditLength));let u=(s=r.timeout)!==null&&s!==void 0?s:1/0,y=Date.now()+u,h=[{oldPos:-1,lastComponent:void 0}],g=this.extractCommon(h[0],n,t,0,r);if(h[0].oldPos+1>=o&&g+1>=l)return a(this.buildValues(h[0].lastComponent,n,t));let w=-1/0,k=1/0,E=()=>{for(let c=Math.max(w,-f);c<=Math.min(k,f);c+=2){let m,p=h[c-1],b=h[c+1];p&&(h[c-1]=void 0);let P=!1;if(b){let M=b.oldPos-c;P=b&&0<=M&&M<l}let R=p&&p.oldPos+1<o;if(!P&&!R){h[c]=void 0;continue}if(!R||P&&p.oldPos<b.oldPos?m=this.addToPath(b,!0,!1,0,r):m=this.addToPath(p,!1,!0,1,r),g=this.extractCommon(m,n,t,c,r),m.oldPos+1>=o&&g+1>=l)return a(this.buildValues(m.lastComponent,n,t))||!0;h[c]=m,m.oldPos+1>=o&&(k=Math.min(k,c-1)),g+1>=l&&(w=Math.max(w,c+1))}f++};if(i)(function c(){setTimeout(function(){if(f>d||Date.now()>y)return i(void 0);E()||c()},0)})();else for(;f<=d&&Date.now()<=y;){let c=E();if(c)return c}}addToPath(t,n,r,i,s){let a=t.lastComponent;return a&&!s.oneChangePerToken&&a.added===n&&a.removed===r?{oldPos:t.oldPos+i,lastComponent:{count:a.count+1,added:n,removed:r,previousComponent:a.previousComponent}}:{oldPos:t.oldPos+i,lastComponent:{count:1,added:n,removed:r,previousComponent:a}}}extractCommon(t,n,r,i,s){let a=n.length,l=r.length,o=t.oldPos,f=o-i,d=0;for(;f+1<a&&o+1<l&&this.equals(r[o+1],n[f+1],s);)f++,o++,d++,s.oneChangePerToken&&(t.lastComponent={count:1,previousComponent:t.lastComponent,added:!1,removed:!1});return d&&!s.oneChangePerToken&&(t.lastComponent={count:d,previousComponent:t.lastComponent,added:!1,removed:!1}),t.oldPos=o,f}equals(t,n,r){return r.comparator?r.comparator(t,n):t===n||!!r.ignoreCase&&t.toLowerCase()===n.toLowerCase()}removeEmpty(t){let n=[];for(let r=0;r<t.length;r++)t[r]&&n.push(t[r]);return n}castInput(t,n){return t}tokenize(t,n){return Array.from(t)}join(t){return t.join("")}postProcess(t,n){return t}get useLongestToken(){return!1}buildValues(t,n,r){let i=[],s;for(;t;)i.push(t),s=t.previousComponent,delete t.previousComponent,t=s;i.reverse();let a=i.length,l=0,o=0,f=0;for(;l<a;l++){let d=i[l];if(d.removed)d.value=this.join(r.slice(f,f+d.count)),f+=d.count;else{if(!d.added&&this.useLongestToken){let u=n.slice(o,o+d.count);u=u.map(function(y,h){let g=r[f+h];return g.length>y.length?g:y}),d.value=this.join(u)}else d.value=this.join(n.slice(o,o+d.count));o+=d.count,d.added||(f+=d.count)}}return i}};var $=class extends I{constructor(){super(...arguments),this.tokenize=de}equals(t,n,r){return r.ignoreWhitespace?((!r.newlineIsToken||!t.includes(`
`))&&(t=t.trim()),(!r.newlineIsToken||!n.includes(`
`))&&(n=n.trim())):r.ignoreNewlineAtEof&&!r.newlineIsToken&&(t.endsWith(`
`)&&(t=t.slice(0,-1)),n.endsWith(`
`)&&(n=n.slice(0,-1))),super.equals(t,n,r)}},le=new $;function N(e,t,n){return le.diff(e,t,n)}function de(e,t){t.stripTrailingCr&&(e=e.replace(/\r\n/g,`
`));let n=[],r=e.split(/(\n|\r\n)/);r[r.length-1]||r.pop();for(let i=0;i<r.length;i++){let s=r[i];i%2&&!t.newlineIsToken?n[n.length-1]+=s:n.push(s)}return n}function ue(e){for(let t=0;t<e.length;t++)if(e[t]<" "||e[t]>"~"||e[t]==='"'||e[t]==="\\")return!0;return!1}function v(e){if(!ue(e))return e;let t='"',n=new TextEncoder().encode(e),r=0;for(;r<n.length;){let i=n[r];i===7?t+="\\a":i===8?t+="\\b":i===9?t+="\\t":i===10?t+="\\n":i===11?t+="\\v":i===12?t+="\\f":i===13?t+="\\r":i===34?t+='\\"':i===92?t+="\\\\":i>=32&&i<=126?t+=String.fromCharCode(i):t+="\\"+i.toString(8).padStart(3,"0"),r++}return t+='"',t}var O={includeIndex:!0,includeUnderline:!0,includeFileHeaders:!0};function U(e,t,n,r,i,s,a){let l;a?typeof a=="function"?l={callback:a}:l=a:l={},typeof l.context>"u"&&(l.context=4);let o=l.context;if(l.newlineIsToken)throw new Error("newlineIsToken may not be used with patch-generation functions, only with diffing functions");if(l.callback){let{callback:d}=l;N(n,r,Object.assign(Object.assign({},l),{callback:u=>{let y=f(u);d(y)}}))}else return f(N(n,r,l));function f(d){if(!d)return;d.push({value:"",lines:[]});function u(c){return c.map(function(m){return" "+m})}let y=[],h=0,g=0,w=[],k=1,E=1;for(let c=0;c<d.length;c++){let m=d[c],p=m.lines||ce(m.value);if(m.lines=p,m.added||m.removed){if(!h){let b=d[c-1];h=k,g=E,b&&(w=o>0?u(b.lines.slice(-o)):[],h-=w.length,g-=w.length)}for(let b of p)w.push((m.added?"+":"-")+b);m.added?E+=p.length:k+=p.length}else{if(h)if(p.length<=o*2&&c<d.length-2)for(let b of u(p))w.push(b);else{let b=Math.min(p.length,o);for(let R of u(p.slice(0,b)))w.push(R);let P={oldStart:h,oldLines:k-h+b,newStart:g,newLines:E-g+b,lines:w};y.push(P),h=0,g=0,w=[]}k+=p.length,E+=p.length}}for(let c of y)for(let m=0;m<c.lines.length;m++)c.lines[m].endsWith(`
`)?c.lines[m]=c.lines[m].slice(0,-1):(c.lines.splice(m+1,0,"\\ No newline at end of file"),m++);return{oldFileName:e,newFileName:t,oldHeader:i,newHeader:s,hunks:y}}}function A(e,t){var n,r,i,s,a,l;if(t||(t=O),Array.isArray(e)){if(e.length>1&&!t.includeFileHeaders&&!e.every(d=>d.isGit))throw new Error("Cannot omit file headers on a multi-file patch. (The result would be unparseable; how would a tool trying to apply the patch know which changes are to which file?)");return e.map(d=>A(d,t)).join(`
`)}let o=[];if(e.isGit){if(t=O,!e.oldFileName)throw new Error("oldFileName must be specified for Git patches");if(!e.newFileName)throw new Error("newFileName must be specified for Git patches");let d=e.oldFileName,u=e.newFileName;e.isCreate&&d==="/dev/null"?d=u.replace(/^b\//,"a/"):e.isDelete&&u==="/dev/null"&&(u=d.replace(/^a\//,"b/")),o.push("diff --git "+v(d)+" "+v(u)),e.isDelete&&o.push("deleted file mode "+((n=e.oldMode)!==null&&n!==void 0?n:"100644")),e.isCreate&&o.push("new file mode "+((r=e.newMode)!==null&&r!==void 0?r:"100644")),e.oldMode&&e.newMode&&!e.isDelete&&!e.isCreate&&(o.push("old mode "+e.oldMode),o.push("new mode "+e.newMode)),e.isRename&&(o.push("rename from "+v(((i=e.oldFileName)!==null&&i!==void 0?i:"").replace(/^a\//,""))),o.push("rename to "+v(((s=e.newFileName)!==null&&s!==void 0?s:"").replace(/^b\//,"")))),e.isCopy&&(o.push("copy from "+v(((a=e.oldFileName)!==null&&a!==void 0?a:"").replace(/^a\//,""))),o.push("copy to "+v(((l=e.newFileName)!==null&&l!==void 0?l:"").replace(/^b\//,""))))}else t.includeIndex&&e.oldFileName==e.newFileName&&e.oldFileName!==void 0&&o.push("Index: "+e.oldFileName),t.includeUnderline&&o.push("===================================================================");let f=e.hunks.length>0;t.includeFileHeaders&&e.oldFileName!==void 0&&e.newFileName!==void 0&&(!e.isGit||f)&&(o.push("--- "+v(e.oldFileName)+(e.oldHeader?"	"+e.oldHeader:"")),o.push("+++ "+v(e.newFileName)+(e.newHeader?"	"+e.newHeader:"")));for(let d=0;d<e.hunks.length;d++){let u=e.hunks[d],y=u.oldLines===0?u.oldStart-1:u.oldStart,h=u.newLines===0?u.newStart-1:u.newStart;o.push("@@ -"+y+","+u.oldLines+" +"+h+","+u.newLines+" @@");for(let g of u.lines)o.push(g)}return o.join(`
`)+`
`}function H(e,t,n,r,i,s,a){if(typeof a=="function"&&(a={callback:a}),a?.callback){let{callback:l}=a;U(e,t,n,r,i,s,Object.assign(Object.assign({},a),{callback:o=>{l(o?A(o,a.headerOptions):void 0)}}))}else{let l=U(e,t,n,r,i,s,a);return l?A(l,a?.headerOptions):void 0}}function ce(e){let t=e.endsWith(`
`),n=e.split(`
`).map(r=>r+`
`);return t?n.pop():n.push(n.pop().slice(0,-1)),n}async function ie(e,t){let n=t.stdout,r=(e.ref!==void 0?te(e.ref):null)??(e.action!==void 0?ee(e.action):null);if(r)return t.stderr(`firebreak init: ${r}`),2;let i=await B({...e.repo===void 0?{}:{flag:e.repo},env:t.env,gitRemote:()=>t.gitRemote()});if(i.repo===null&&i.problem!==null)return t.stderr(`firebreak init: ${i.problem}`),2;let s=i.repo,a=e.dryRun?"Dry run: nothing is written or created.":"";n(s?`Setting up Firebreak for ${S(s)} (from ${i.from}). ${a}`.trimEnd():`Setting up Firebreak (repository unknown: pass --repo owner/name). ${a}`.trimEnd()),n(`
Files:`);let l=await fe(e,t,s),o=Math.max(0,...l.map(u=>u.status.length));for(let u of l)n(`  ${u.status.padEnd(o)}  ${u.path}${u.error?`: ${u.error}`:""}`),u.diff&&n(u.diff.replace(/^/gm,"      ").trimEnd());l.some(u=>u.status==="exists")&&n("  Existing forms and workflows were kept; --force refreshes them (and shows what changes)."),l.some(u=>u.status==="kept")&&n(`  ${x} is yours: init never overwrites it, not even with --force. Compare it with \`firebreak validate --summary\`.`),s||n("  .github/ISSUE_TEMPLATE/config.yml links to OWNER/REPO: replace it with the repository, or run again with --repo.");let f=`${e.action??F.split("@")[0]}@${e.ref??F.split("@")[1]}`;l.some(u=>u.path.startsWith(".github/workflows/"))&&n(`  The workflows use \`uses: ${f}\`${e.ref!==void 0&&ne(e.ref)?" (pinned to a commit)":"; a release commit SHA (--ref) pins the action against a moved tag"}.`),n(`
Labels:`);let d=await pe(e,t,s);return n(`
Next:`),n(`  1. Put your on-call team in ${x} (the rotation block) and check it: firebreak validate`),n("  2. Commit and push to the default branch: GitHub reads issue forms and schedules only from there."),n(`  3. Check the result on GitHub: firebreak doctor${s?` --repo ${S(s)}`:""}`),l.some(u=>u.status==="failed")||d==="failed"?1:0}async function fe(e,t,n){let r=X({repository:n,webUrl:re(t.env),...e.action===void 0?{}:{action:e.action},...e.ref===void 0?{}:{actionRef:e.ref}}).filter(s=>e.only===void 0||e.only.includes(s.part)),i=[];for(let s of r)i.push(await me(s,e,t));return i}async function me(e,t,n){let r;try{r=await n.files.readFile(e.path)}catch(s){return{path:e.path,status:"failed",error:s.message}}if(r!==null&&r.replace(/\r\n?/g,`
`)===e.content)return{path:e.path,status:"up to date"};if(r!==null&&e.part==="config")return{path:e.path,status:"kept"};if(r!==null&&!t.force)return{path:e.path,status:"exists"};let i=r===null?void 0:he(e.path,r,e.content);if(t.dryRun)return{path:e.path,status:r===null?"would create":"would refresh",...i?{diff:i}:{}};try{return await n.files.writeFile(e.path,e.content),{path:e.path,status:r===null?"created":"refreshed",...i?{diff:i}:{}}}catch(s){return{path:e.path,status:"failed",error:s.message}}}function he(e,t,n){return H(`a/${e}`,`b/${e}`,t.replace(/\r\n?/g,`
`),n,"","",{context:2}).split(`
`).filter(i=>!/^(Index: |=+$)/.test(i)).join(`
`)}async function pe(e,t,n){let r=t.stdout;if(!e.labels)return r("  skipped (--no-labels)"),"skipped";if(!n)return r('  skipped: the repository is unknown (--repo owner/name, GITHUB_REPOSITORY, or a git remote "origin").'),"skipped";let i=Y(t.env);if(!i)return r("  skipped: no token. Set GITHUB_TOKEN or GH_TOKEN (e.g. GH_TOKEN=$(gh auth token)) and run init again."),r("  Until they exist, issues filed from the forms do not get the `incident` label: GitHub skips form labels that do not exist."),"skipped";let s=await be(t),a;try{a=await J(t.gateway(n,i.token,i.apiUrl),Z(s.config),{dryRun:e.dryRun})}catch(o){let f=V(o,S(n),i);return t.stderr([`  labels not created: ${f.title}: ${o.message}`,...f.advice.map(d=>`  ${d}`)].join(`
`)),"failed"}s.note&&r(`  ${s.note}`);let l=Math.max(...a.map(o=>o.status.length));for(let o of a)r(`  ${o.status.padEnd(l)}  ${o.name}${o.error?`: ${o.error}`:""}`);return a.some(o=>o.status==="failed")?"failed":"done"}async function be(e){let t=null;try{t=await e.files.readFile(x)}catch{}let n=G(t,x);return t!==null&&j(n.problems)?{config:W(),note:`${x} has errors (firebreak validate shows them): using the default label names.`}:{config:n.config}}var qe=q(C);async function ze(e,t){let n=t??(await import("./node-io-B62ZCKAO.js")).nodeSetupIO();return z(C,e,{stdout:i=>n.stdout(i.replace(/\n$/,"")),stderr:i=>n.stderr(i.replace(/\n$/,""))},({values:i})=>{let s=ge(i.only),a=T(i,"repo"),l=T(i,"ref"),o=T(i,"action");return ie({dryRun:i["dry-run"]===!0,force:i.force===!0,labels:i["no-labels"]!==!0&&(s===void 0||s.includes("config")||s.includes("forms")),...a===void 0?{}:{repo:a},...l===void 0?{}:{ref:l},...o===void 0?{}:{action:o},...s===void 0?{}:{only:s}},n)})}function ge(e){if(e===void 0)return;let t=e.flatMap(n=>n.split(",")).map(n=>n.trim()).filter(Boolean);for(let n of t)if(!D.includes(n))throw new K(`--only takes ${D.join(", ")}, not "${n}"`);return[...new Set(t)]}export{qe as INIT_USAGE,ze as runInitCommand};
