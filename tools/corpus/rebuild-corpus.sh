#!/usr/bin/env bash
# Rebuilds the pre-training corpus folder from corpus-manifest.json.
#
# usage: tools/corpus/rebuild-corpus.sh [--manifest FILE] --mirrors DIR --out DIR
#        (or set CORPUS_MIRRORS and CORPUS_OUT instead of the options)
#
# DIR given to --mirrors holds one git mirror per source repository, in a folder named owner+name (the slash of
# "owner/name" replaced by "+"). The workplace's fetch tool leaves its snapshots in exactly that layout
# (owner+name/repo, a bare git directory, sometimes owner+name/repo/.git); outside it, make the same layout with
#   git clone --mirror https://github.com/OWNER/NAME.git "DIR/OWNER+NAME"
# Each manifest entry names a commit and a path: the file is taken from that commit, never from a branch tip, and
# its sha256 must equal the manifest's, so the corpus is byte for byte the one the manifest describes even after
# an owner rewrites or deletes the file.
#
# Output: OUT/owner+name/N/activities.csv, N counting the entries of one repository from 1 in manifest order.
# An entry with "format": "running_page" names a running_page activities.json (running-page-manifest.json): it is
# checked the same way, then written as an activities.csv by running-page-to-csv.py (which needs python3).
# A bad entry (mirror missing, commit or path absent, checksum differs) is reported on one line and skipped; the
# others are still written. Exit status 1 when any entry failed, 2 on a usage error.
#
# The data are real runners' exports: OUT must lie outside this repository, and nothing it holds is committed.
set -uo pipefail

script_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
manifest="$script_dir/corpus-manifest.json"
mirrors="${CORPUS_MIRRORS:-}"
out="${CORPUS_OUT:-}"

usage() {
    echo "usage: $0 [--manifest FILE] --mirrors DIR --out DIR   (or CORPUS_MIRRORS / CORPUS_OUT)" >&2
    exit 2
}

while [ $# -gt 0 ]; do
    case "$1" in
        --manifest) [ $# -ge 2 ] || usage; manifest="$2"; shift 2 ;;
        --mirrors) [ $# -ge 2 ] || usage; mirrors="$2"; shift 2 ;;
        --out) [ $# -ge 2 ] || usage; out="$2"; shift 2 ;;
        -h|--help) usage ;;
        *) echo "rebuild-corpus: unknown option '$1'" >&2; usage ;;
    esac
done
[ -n "$mirrors" ] && [ -n "$out" ] || usage

for tool in git jq sha256sum; do
    command -v "$tool" >/dev/null || { echo "rebuild-corpus: '$tool' is needed (Debian: apt-get install $tool)" >&2; exit 2; }
done
[ -f "$manifest" ] || { echo "rebuild-corpus: $manifest: no such manifest" >&2; exit 2; }
[ -d "$mirrors" ] || { echo "rebuild-corpus: --mirrors $mirrors: no such folder" >&2; exit 2; }
jq -e 'type == "array"' "$manifest" >/dev/null 2>&1 || { echo "rebuild-corpus: $manifest: not a JSON array" >&2; exit 2; }

out=$(realpath -m "$out")
repo_root=$(git -C "$script_dir" rev-parse --show-toplevel 2>/dev/null || true)
if [ -n "$repo_root" ]; then
    repo_root=$(cd "$repo_root" && pwd -P)
    case "$out/" in
        "$repo_root"/*) echo "rebuild-corpus: --out $out lies inside the repository $repo_root; real runners' data is never kept there" >&2; exit 2 ;;
    esac
fi
mkdir -p "$out" || { echo "rebuild-corpus: --out $out: cannot create the folder" >&2; exit 2; }

# The mirror's git directory, whichever of the usual layouts it has.
git_dir_of() {
    local base="$mirrors/$1" candidate
    for candidate in "$base/repo/.git" "$base/repo" "$base/.git" "$base"; do
        if [ -d "$candidate" ] && git --git-dir="$candidate" rev-parse --git-dir >/dev/null 2>&1; then
            echo "$candidate"
            return 0
        fi
    done
    return 1
}

total=$(jq length "$manifest")
written=0
failed=0
declare -A per_repo=()
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT

for ((i = 0; i < total; i++)); do
    repository=$(jq -r ".[$i].repository" "$manifest")
    commit=$(jq -r ".[$i].commit" "$manifest")
    path=$(jq -r ".[$i].path" "$manifest")
    sha256=$(jq -r ".[$i].sha256" "$manifest")
    where="entry $((i + 1)) ($repository @ ${commit:0:10} $path)"
    key="${repository/\//+}"
    n=$(( ${per_repo[$key]:-0} + 1 ))
    per_repo[$key]=$n

    if ! git_dir=$(git_dir_of "$key"); then
        echo "rebuild-corpus: $where: no git mirror at $mirrors/$key" >&2
        failed=$((failed + 1)); continue
    fi
    if ! git --git-dir="$git_dir" cat-file -e "$commit^{commit}" 2>/dev/null; then
        echo "rebuild-corpus: $where: the mirror has no commit $commit" >&2
        failed=$((failed + 1)); continue
    fi
    if ! git --git-dir="$git_dir" cat-file blob "$commit:$path" >"$tmp" 2>/dev/null; then
        echo "rebuild-corpus: $where: the commit has no file at that path (or its content is missing from the mirror)" >&2
        failed=$((failed + 1)); continue
    fi
    actual=$(sha256sum "$tmp" | cut -d' ' -f1)
    if [ "$actual" != "$sha256" ]; then
        echo "rebuild-corpus: $where: sha256 is $actual, the manifest says $sha256" >&2
        failed=$((failed + 1)); continue
    fi
    mkdir -p "$out/$key/$n"
    format=$(jq -r ".[$i].format // \"strava\"" "$manifest")
    case "$format" in
        strava) cp "$tmp" "$out/$key/$n/activities.csv" ;;
        running_page)
            if ! python3 "$script_dir/running-page-to-csv.py" "$tmp" >"$out/$key/$n/activities.csv"; then
                echo "rebuild-corpus: $where: running-page-to-csv.py could not convert it" >&2
                rm -f "$out/$key/$n/activities.csv"
                failed=$((failed + 1)); continue
            fi ;;
        *)
            echo "rebuild-corpus: $where: unknown format \"$format\" (strava or running_page)" >&2
            failed=$((failed + 1)); continue ;;
    esac
    written=$((written + 1))
done

echo "rebuild-corpus: wrote $written of $total exports to $out ($failed failed)"
[ "$failed" -eq 0 ]
