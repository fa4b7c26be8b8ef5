import { createRequire as __firebreakCreateRequire } from 'node:module'; const require = __firebreakCreateRequire(import.meta.url);
var e=[{path:".github/ISSUE_TEMPLATE/incident.yml",source:".github/ISSUE_TEMPLATE/incident.yml",content:`# Firebreak's incident form (also what \`firebreak init\` installs). Firebreak reads the answers by field
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
# Each job gets only the permissions it needs: docs/workflows.md says which and why.
name: Firebreak incident
on:
  issues:
    types: [opened, edited, labeled, unlabeled, assigned, unassigned, closed, reopened, deleted, transferred]
  issue_comment:
    types: [created, edited]
  # The wake job: an incident run that has something due while escalation.yml is off (paused by Firebreak,
  # disabled by GitHub for inactivity or by a person) sends this event. No schedule here: GitHub disables
  # scheduled workflows in quiet public repositories, and this one must always hear new incidents.
  # The alert job: monitoring alerts (Alertmanager through \`firebreak relay\`, Grafana, Datadog, PagerDuty
  # events, generic JSON) open, update and resolve incidents (docs/alerts.md).
  repository_dispatch:
    types: [firebreak-wake, firebreak-alert]
  workflow_dispatch:
    inputs:
      alert:
        description: An alert payload (JSON) to open or update an incident from (docs/alerts.md)
        required: true
      source:
        description: "Its shape, when not recognised: alertmanager, grafana, datadog, pagerduty or generic"
        required: false
permissions: {}
jobs:
  incident:
    # GitHub decides from the event alone whether to start a runner: only for an issue that carries one of
    # Firebreak's labels (the forms add \`incident\`) or while one of them is being added or removed. Other
    # issues, their comments, pull-request comments and bots' comments start no runner and bill nothing.
    # Renamed the incident, security or severity labels in .github/firebreak.yml? Rename them here too:
    # \`firebreak doctor\` checks that they match.
    if: >-
      \${{ !github.event.issue.pull_request && github.event.comment.user.type != 'Bot' && (
      contains(github.event.issue.labels.*.name, 'incident') ||
      contains(github.event.issue.labels.*.name, 'security') ||
      contains(join(github.event.issue.labels.*.name, ' '), 'severity:') ||
      github.event.label.name == 'incident' || github.event.label.name == 'security' ||
      startsWith(github.event.label.name, 'severity:')) }}
    # Job-level, so that a skipped run (an unrelated comment) never takes a pending run's place in the queue.
    concurrency:
      group: firebreak-incident-\${{ github.event.issue.number }}
      cancel-in-progress: false
    runs-on: ubuntu-latest
    timeout-minutes: 75 # watch mode stays up to 65 minutes with a fresh P0/P1
    permissions:
      issues: write # labels, comments, assignees; closing and reopening the issue
      contents: write # the schedule index branch (firebreak/state), postmortem branches, the evidence ledger
      pull-requests: write # the postmortem pull request on resolution
      checks: write # the postmortem check run on the commits it pushes (its pushes start no workflows)
      # Whether escalation.yml is on; when it is not, the wake job is sent to switch it on. \`/runbook run
      # <name>\` dispatches the runbook's \`workflow:\`, which needs write: to use it, change the next line to
      # \`actions: write\` (docs/workflows.md, "Enabling /runbook run").
      actions: read
      deployments: read # "What changed" in the internal alert: the deployments before the incident
    steps:
      # A tag can be moved: to pin the action, use a release's commit SHA (\`firebreak init --ref <sha>\` writes it).
      - uses: firebreak-dev/firebreak@v0.1.0
        with:
          # Stay with a fresh P0/P1 until escalation stops (acknowledged; a P0 mitigated), at most 65 minutes
          # after filing: every step of the matrix (on-call, EM 15, CTO 30, CEO 60) fires within seconds,
          # however late GitHub runs the schedule. Comments are answered within 30 s meanwhile.
          watch-minutes: '65'
        env:
          # Channel secrets named in .github/firebreak.yml (\`url-from\`, \`routing-key-from\`). Only this step
          # sees them: it sends the alerts and pages.
          FIREBREAK_SLACK_URL: \${{ secrets.FIREBREAK_SLACK_URL }}
          FIREBREAK_PAGERDUTY_KEY: \${{ secrets.FIREBREAK_PAGERDUTY_KEY }}
  wake:
    if: github.event_name == 'repository_dispatch' && github.event.action == 'firebreak-wake'
    concurrency:
      group: firebreak-wake
      cancel-in-progress: false
    runs-on: ubuntu-latest
    timeout-minutes: 15
    permissions:
      actions: write # switches escalation.yml back on (it pauses itself while nothing is due)
      issues: write # and sweeps at once: the pages, breaches and reminders that are due
      contents: write # the schedule index branch (firebreak/state); postmortem branches, the evidence ledger
      pull-requests: write # a postmortem pull request not opened yet
      checks: write # and the postmortem check run on what it pushes
    steps:
      - uses: firebreak-dev/firebreak@v0.1.0
        with:
          mode: wake
        env:
          FIREBREAK_SLACK_URL: \${{ secrets.FIREBREAK_SLACK_URL }}
          FIREBREAK_PAGERDUTY_KEY: \${{ secrets.FIREBREAK_PAGERDUTY_KEY }}
  alert:
    if: >-
      \${{ (github.event_name == 'repository_dispatch' && github.event.action == 'firebreak-alert') ||
      github.event_name == 'workflow_dispatch' }}
    # Deliveries of one alert (the relay sends its key) queue behind each other; other alerts run at once.
    # Two deliveries that still race are settled by the issue numbers (docs/alerts.md, "Races").
    concurrency:
      group: firebreak-alert-\${{ github.event.client_payload.key || github.run_id }}
      cancel-in-progress: false
    runs-on: ubuntu-latest
    timeout-minutes: 15
    permissions:
      issues: write # opens, labels, comments on, resolves and reopens the alert's incident
      contents: write # the schedule index branch (firebreak/state); postmortem branches
      pull-requests: write # the postmortem pull request when the alert's clearing resolves the incident
      checks: write # the postmortem check run on the commits it pushes
      actions: read # whether escalation.yml is on
      deployments: read # "What changed" in the internal alert: the deployments before the incident
    steps:
      - uses: firebreak-dev/firebreak@v0.1.0
        with:
          mode: alert
        env:
          FIREBREAK_SLACK_URL: \${{ secrets.FIREBREAK_SLACK_URL }}
          FIREBREAK_PAGERDUTY_KEY: \${{ secrets.FIREBREAK_PAGERDUTY_KEY }}
`},{path:".github/workflows/escalation.yml",source:"examples/workflows/escalation.yml",content:`# Firebreak: the scheduled sweep. Fires escalations, response-target breaches and update reminders that
# came due, exactly once each, and catches up when GitHub runs the schedule late or skips it.
# Each job gets only the permissions it needs: docs/workflows.md says which and why.
name: Firebreak escalation
on:
  schedule:
    - cron: '*/5 * * * *'
  workflow_dispatch: {} # "Run workflow" sweeps now and writes the incident report to the job summary
permissions: {}
concurrency:
  group: firebreak-sweep
  cancel-in-progress: false
jobs:
  sweep:
    runs-on: ubuntu-latest
    timeout-minutes: 15
    permissions:
      issues: write # escalation comments and pages, the response-breach label, reminders
      # A sweep also finishes what an incident run left for later (operations budget, a GitHub error):
      contents: write # the schedule index branch (firebreak/state); postmortem branches, the evidence ledger
      pull-requests: write # a postmortem pull request not opened yet
      checks: write # and the postmortem check run on what it pushes
      # Pauses this workflow while nothing is due in any incident, so its schedule bills no minutes; the
      # wake job in incident.yml switches it back on. (With \`/runbook run\`, it also dispatches from here.)
      actions: write
    steps:
      # A tag can be moved: to pin the action, use a release's commit SHA (\`firebreak init --ref <sha>\` writes it).
      - uses: firebreak-dev/firebreak@v0.1.0
        with:
          mode: sweep
        env:
          # Channel secrets named in .github/firebreak.yml: only this step sees them (it pages).
          FIREBREAK_SLACK_URL: \${{ secrets.FIREBREAK_SLACK_URL }}
          FIREBREAK_PAGERDUTY_KEY: \${{ secrets.FIREBREAK_PAGERDUTY_KEY }}
  report:
    # Run by hand ("Run workflow"): incidents by severity, MTTA and MTTR, breaches and open action items
    # over the last 90 days, in the job summary. It only reads, and sends nothing: no secrets.
    if: github.event_name == 'workflow_dispatch'
    runs-on: ubuntu-latest
    timeout-minutes: 5
    permissions:
      contents: read # the configuration and the learnings index
    steps:
      # A tag can be moved: to pin the action, use a release's commit SHA (\`firebreak init --ref <sha>\` writes it).
      - uses: firebreak-dev/firebreak@v0.1.0
        with:
          mode: report
`},{path:".github/workflows/postmortem.yml",source:"examples/workflows/postmortem.yml",content:`# Firebreak: checks postmortem pull requests and, when one merges, files its action items as issues and
# updates the learnings index.
# Each job gets only the permissions it needs: docs/workflows.md says which and why. The two jobs are
# exclusive (one runs per event): the check reads and reports a check run, the merge writes.
name: Firebreak postmortem
on:
  pull_request:
    types: [opened, synchronize, reopened, closed]
    paths:
      - 'docs/postmortems/**'
permissions: {}
concurrency:
  group: firebreak-postmortem-\${{ github.event.pull_request.number }}
  cancel-in-progress: false
jobs:
  check:
    # While the pull request is open: lint each changed postmortem and report the check run
    # "Firebreak postmortem" on the head commit (annotations on its lines); errors fail it and this job.
    if: github.event.action != 'closed'
    runs-on: ubuntu-latest
    timeout-minutes: 10
    permissions:
      contents: read # the postmortems at the pull request's head
      pull-requests: read # which files the pull request changes
      checks: write # the check run "Firebreak postmortem" (make it a required check in branch protection)
    steps:
      # A tag can be moved: to pin the action, use a release's commit SHA (\`firebreak init --ref <sha>\` writes it).
      - uses: firebreak-dev/firebreak@v0.1.0
  merged:
    # Closed: when merged, file each open action item as an issue (exactly once), write the links back
    # into the postmortem and regenerate the learnings index; closed without merging, nothing.
    if: github.event.action == 'closed'
    runs-on: ubuntu-latest
    timeout-minutes: 10
    permissions:
      contents: write # the action item links in the postmortem and the learnings index, on the base branch
      issues: write # the action item issues and their label
      pull-requests: read # which files the pull request changes
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
# README of the Firebreak repository says, e.g. npm install --save-dev github:firebreak-dev/firebreak,
# then npx firebreak \u2026):
#
#   firebreak validate             problems as file:line:column, exit 1 on errors
#   firebreak validate --summary   and what the result is
#   firebreak oncall --schedule    who is on call for the next 14 days
#   firebreak doctor               the workflows, forms, labels and rotation on GitHub
#
# Firebreak reads this file from the default branch on every run. A file with errors is not used: the
# run logs the problems, uses the last commit of this file that validated, posts a notice on every open
# incident and fails until the file is fixed.

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
`}];export{e as a};
