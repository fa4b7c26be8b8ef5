#!/usr/bin/env bash
# Pack smoke test: what `npm pack` produces works when installed into an empty directory.
#   - the tarball installs with no registry downloads (an empty npm cache and --offline) and brings no
#     dependencies: the CLI is a self-contained bundle;
#   - `npx firebreak --version` prints package.json's version;
#   - `npx firebreak init --dry-run` runs in a fresh git repository and writes nothing;
#   - `npx firebreak validate` exits 0 with the playbook defaults;
#   - `npx firebreak simulate` replays a P1 filed from the incident form (the forms and workflows it
#     installs come from the package) and every run exits 0.
# Everything happens in a temporary directory, removed on exit. Usage: bash scripts/pack-smoke.sh
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"

work="$(mktemp -d "${TMPDIR:-/tmp}/firebreak-pack-smoke.XXXXXX")"
cleanup() { rm -rf "$work"; }
trap cleanup EXIT

fail() {
  echo "pack-smoke: FAIL: $*" >&2
  exit 1
}
step() { echo "pack-smoke: $*"; }

# The CLI must not pick up the caller's credentials or repository (GitHub Actions sets GITHUB_REPOSITORY).
unset GITHUB_TOKEN GH_TOKEN GITHUB_REPOSITORY GITHUB_API_URL GITHUB_SERVER_URL
# A cache of our own: what the install needs must be in the tarball, not in the caller's cache.
export npm_config_cache="$work/npm-cache"
export npm_config_update_notifier=false

version="$(node -p "require('./package.json').version")"

step "npm pack (firebreak@$version)"
tarball="$(npm pack --silent --pack-destination "$work")"
tarball="$work/$(basename "$tarball")"
[ -f "$tarball" ] || fail "npm pack did not write $tarball"
step "packed $(basename "$tarball") ($(wc -c <"$tarball" | tr -d ' ') bytes, $(tar -tzf "$tarball" | wc -l | tr -d ' ') files)"

# What ships: the bundle, action.yml, the docs, and the files `firebreak simulate` reads.
listing="$(tar -tzf "$tarball")"
for file in package/package.json package/dist/cli.js package/dist/index.js package/action.yml package/README.md \
  package/LICENSE package/CHANGELOG.md package/.github/ISSUE_TEMPLATE/incident.yml \
  package/.github/ISSUE_TEMPLATE/security-incident.yml package/.github/ISSUE_TEMPLATE/config.yml \
  package/examples/workflows/incident.yml package/examples/workflows/escalation.yml package/examples/workflows/postmortem.yml; do
  grep -qxF "$file" <<<"$listing" || fail "the tarball lacks ${file#package/}"
done
if grep -E '^package/(src|test|node_modules|bench|scripts)/' <<<"$listing" >/dev/null; then
  fail "the tarball carries development files: $(grep -E '^package/(src|test|node_modules|bench|scripts)/' <<<"$listing" | head -5 | tr '\n' ' ')"
fi

app="$work/app"
mkdir "$app"
cd "$app"
step "npm install $(basename "$tarball") into an empty directory (offline, empty cache)"
npm install --offline --no-audit --no-fund --loglevel=error "$tarball" >"$work/install.log" 2>&1 || {
  cat "$work/install.log" >&2
  fail "npm install of the tarball failed (with --offline: does the package have dependencies?)"
}
installed="$(cd node_modules && find . -mindepth 1 -maxdepth 1 ! -name .bin ! -name .package-lock.json | sed 's|^\./||' | sort | tr '\n' ' ')"
[ "$installed" = "firebreak " ] || fail "expected node_modules to hold only firebreak, found: $installed"

# `npx --no`: use the installed bin, never fetch a package from the registry; `--` keeps npx from
# reading the command's options (`--version`) as its own.
firebreak() { npx --no -- firebreak "$@"; }

step "npx firebreak --version"
out="$(firebreak --version)"
[ "$out" = "firebreak $version" ] || fail "--version printed \"$out\", expected \"firebreak $version\""
echo "  $out"

step "npx firebreak init --dry-run (in a fresh git repository)"
mkdir "$app/repo"
cd "$app/repo"
git init -q .
firebreak init --dry-run >"$work/init.log" 2>&1 || {
  cat "$work/init.log" >&2
  fail "firebreak init --dry-run exited non-zero"
}
grep -q 'would create  *\.github/workflows/incident\.yml' "$work/init.log" || {
  cat "$work/init.log" >&2
  fail "init --dry-run did not list .github/workflows/incident.yml"
}
left="$(find . -mindepth 1 -maxdepth 1 ! -name .git)"
[ -z "$left" ] || fail "init --dry-run wrote files: $left"
echo "  $(grep -c 'would create' "$work/init.log") files it would create; nothing written"

step "npx firebreak validate (no configuration: the playbook defaults)"
firebreak validate >"$work/validate.log" 2>&1 || {
  cat "$work/validate.log" >&2
  fail "firebreak validate exited non-zero"
}
echo "  $(head -n 1 "$work/validate.log")"

step "npx firebreak simulate (a P1 filed from the incident form)"
cat >"$work/p1.yml" <<'EOF'
repository: acme/shop
start: 2026-03-02T10:00:00Z
users:
  alice: write
  carol: read
files:
  .github/firebreak.yml: |
    rotations:
      on-call:
        time-zone: UTC
        layers:
          - name: primary
            members: [alice]
            shift: weekly
            handoff: "09:00"
            start: 2026-03-02
steps:
  - at: "10:00"
    file-incident:
      form: incident.yml
      as: carol
      title: Checkout fails for EU customers
      fields:
        what-happened: The checkout page returns HTTP 502 for customers in the EU region.
        severity: "P1 - High: major functionality down for many users, severe slowdown, or potential security incident"
        who-is-affected: EU customers
        workaround: "No"
  - at: "10:05"
    comment: { issue: 1, as: alice, body: "/ack" }
EOF
firebreak simulate "$work/p1.yml" --json >"$work/simulate.json" 2>"$work/simulate.err" || {
  cat "$work/simulate.err" >&2
  fail "firebreak simulate exited non-zero"
}
node --input-type=module - "$work/simulate.json" <<'EOF' || fail "the simulation did not triage the P1"
import { readFileSync } from 'node:fs';
const result = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const issue = result.issues.find((i) => i.number === 1);
const labels = (issue?.labels ?? []).map((l) => (typeof l === 'string' ? l : l.name));
const runs = result.runs.filter((r) => !r.cancelled);
const problems = [];
if (!labels.includes('severity:P1')) problems.push(`issue #1 labels: ${labels.join(', ') || 'none'}`);
if (runs.length === 0) problems.push('no action runs');
if (runs.some((r) => r.exit_code !== 0)) problems.push('a run exited non-zero');
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`  issue #1 labelled ${labels.join(', ')}; ${runs.length} action runs, all exit 0`);
EOF

cd "$root"
step "OK: firebreak@$version installs from its tarball and runs with no node_modules but its own"
