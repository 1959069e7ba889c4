#!/usr/bin/env bash
# End-to-end, offline: in a scratch repository, a commit that adds an ASIA access key
# without a session token is blocked, and a clean commit goes through.
#
#   tests/e2e/precommit_hooks.sh framework CREDLINT   with the pre-commit framework, through
#                                                     this repository's .pre-commit-hooks.yaml
#   tests/e2e/precommit_hooks.sh plain CREDLINT       with the hook `credlint install-hook` writes
#
# The key is generated here at run time (never written in a file of the repository). HOME,
# the git configuration and PRE_COMMIT_HOME point into a temporary directory. The framework
# clones the hook repository from a local path, so nothing needs the network. Exit 77
# (ctest: skipped) only when the pre-commit framework is not installed.
set -euo pipefail

mode=${1:?usage: precommit_hooks.sh framework|plain CREDLINT}
credlint=$(realpath "${2:?usage: precommit_hooks.sh framework|plain CREDLINT}")
source_dir=$(cd "$(dirname "$0")/../.." && pwd)

if [ "$mode" = framework ] && ! command -v pre-commit >/dev/null 2>&1; then
  echo "SKIPPED: the pre-commit framework is not installed (scripts/install-deps installs Debian's pre-commit)"
  exit 77
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/credlint-e2e-$mode.XXXXXX")
trap '[ -n "${KEEP:-}" ] || rm -rf "$work"' EXIT
export HOME=$work/home XDG_CONFIG_HOME=$work/xdg PRE_COMMIT_HOME=$work/pre-commit-cache GIT_CONFIG_NOSYSTEM=1
unset GIT_DIR GIT_WORK_TREE GIT_INDEX_FILE CI PRE_COMMIT
mkdir -p "$HOME" "$work/bin"
ln -s "$credlint" "$work/bin/credlint"  # `language: system` finds credlint on PATH
export PATH="$work/bin:$PATH"
git config --global user.email e2e@example.com
git config --global user.name "credlint e2e"
git config --global init.defaultBranch main
git config --global commit.gpgsign false

# An ASIA key ID (ASIA + 16 base32 characters) and a 40-character secret, random per run.
key_id="ASIA$(head -c 10 /dev/urandom | base32)"
secret=$(head -c 30 /dev/urandom | base64)

fail() { echo "FAIL: $*" >&2; exit 1; }
commits() { git rev-list --count HEAD 2>/dev/null || echo 0; }

project=$work/project
git init -q "$project"
cd "$project"

if [ "$mode" = framework ]; then
  # The hook repository: this repository's manifest, committed in a local repository.
  hooks=$work/hooks-repo
  git init -q "$hooks"
  cp "$source_dir/.pre-commit-hooks.yaml" "$hooks/"
  git -C "$hooks" add .pre-commit-hooks.yaml
  git -C "$hooks" commit -q -m hooks
  cat > .pre-commit-config.yaml <<YAML
repos:
  - repo: $hooks
    rev: $(git -C "$hooks" rev-parse HEAD)
    hooks:
      - id: credlint
YAML
  pre-commit install >/dev/null
  git add .pre-commit-config.yaml
else
  "$credlint" install-hook >/dev/null
  [ -x .git/hooks/pre-commit ] || fail "install-hook wrote no executable .git/hooks/pre-commit"
  if "$credlint" install-hook 2>/dev/null; then fail "install-hook replaced an existing hook without --force"; fi
  echo "# app" > README.md
  git add README.md
fi
git commit -q -m "initial" >"$work/initial.log" 2>&1 || { cat "$work/initial.log"; fail "the initial commit was refused"; }
[ "$(commits)" = 1 ] || fail "no initial commit"

# 1. A temporary key without its session token: the commit is refused.
mkdir -p deploy/.aws
printf '[default]\naws_access_key_id = %s\naws_secret_access_key = %s\n' "$key_id" "$secret" > deploy/.aws/credentials
git add deploy/.aws/credentials
if git commit -m "add credentials" >"$work/leak.log" 2>&1; then
  cat "$work/leak.log"
  fail "the commit adding an ASIA key without a session token went through ($mode hook)"
fi
[ "$(commits)" = 1 ] || fail "a commit was made despite the hook"
grep -q "AWS201" "$work/leak.log" || { cat "$work/leak.log"; fail "the hook output does not name AWS201"; }
grep -q "deploy/.aws/credentials:2:" "$work/leak.log" || { cat "$work/leak.log"; fail "the hook output does not name the file and line"; }
if grep -qF -e "$key_id" -e "$secret" "$work/leak.log"; then fail "the hook printed the key or the secret unredacted"; fi

# 2. The same file made clean: the commit goes through.
printf '[default]\nregion = eu-west-1\noutput = json\n' > deploy/.aws/config
git rm -q --cached deploy/.aws/credentials
rm deploy/.aws/credentials
git add deploy/.aws/config
git commit -q -m "region only" >"$work/clean.log" 2>&1 || { cat "$work/clean.log"; fail "the clean commit was refused ($mode hook)"; }
[ "$(commits)" = 2 ] || fail "the clean commit was not made"

echo "PASS: $mode hook blocked the key and let the clean commit through"
