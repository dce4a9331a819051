#!/bin/sh
# fuzz_run.sh - run the libFuzzer targets that `make fuzz` built (docs/fuzzing.md).
#
#   sh scripts/fuzz_run.sh [TARGET...]     TARGET is X of fuzz/fuzz_X.c (built into
#                                          build-fuzz/fuzz_X); default: every fuzz/fuzz_*.c
#
# Environment:
#   FUZZ_SECONDS  seconds per target (default 60). 0 = smoke test: execute every
#                 seed input once, no fuzzing, nothing written (what CI runs).
#   SHARED        the reference folder (default ../shared). When present, extra
#                 seeds are cut from its PETRARCH2 files at run time into
#                 build-fuzz/shared-seeds/X; they are never committed.
#   FUZZ_FLAGS    extra libFuzzer flags, e.g. "-jobs=2 -workers=2" or "-max_len=8192".
#
# Per target X the fuzzer grows the corpus fuzz/corpus/X (not committed), reads
# the hand-written seeds fuzz/seeds/X (committed; every target must have some)
# and writes crashing inputs to fuzz/artifacts/X-crash-<sha1>. Targets:
#   xml  ptb  coder  dict_verbs  dict_actors  dict_agents  dict_discards  dict_issues
# Exit status 1 if any target failed.
set -u
cd "$(dirname "$0")/.." || exit 1
SECS=${FUZZ_SECONDS:-60}
SHARED=${SHARED:-../shared}
FLAGS=${FUZZ_FLAGS:-}
OUT=build-fuzz

# The default is every fuzz/fuzz_X.c, not whatever is in $OUT/, so that a
# binary left over from a removed target is not run.
targets="$*"
if [ -z "$targets" ]; then
    for c in fuzz/fuzz_*.c; do
        [ -f "$c" ] || continue
        t=${c#fuzz/fuzz_}
        targets="$targets ${t%.c}"
    done
fi
if [ -z "$targets" ]; then
    echo "fuzz_run: no fuzz/fuzz_*.c targets" >&2
    exit 1
fi

# ---- seeds cut from ../shared at run time ------------------------------------
P="$SHARED/petrarch2"
SS="$OUT/shared-seeds"

# pieces FILE LINES DEST NAME: FILE in pieces of LINES lines, each written to
# DEST/NAME-nnn.
pieces() {
    awk -v n="$2" -v dir="$3" -v name="$4" '
        (NR - 1) % n == 0 { if (f) close(f); f = sprintf("%s/%s-%03d", dir, name, (NR - 1) / n) }
        { print > f }' "$1"
}

make_shared_seeds() {
    rm -rf "$SS"
    mkdir -p "$SS/xml" "$SS/ptb" "$SS/coder" "$SS/dict_verbs" "$SS/dict_actors" \
        "$SS/dict_agents" "$SS/dict_discards" "$SS/dict_issues"
    for x in "$P"/text/*.xml; do
        [ -f "$x" ] || continue
        b=$(basename "$x" .xml)
        # one <Sentence> record per seed, wrapped in <Sentences>
        awk -v dir="$SS/xml" -v name="$b" '
            /<Sentence[ >]/ { on = 1; f = sprintf("%s/%s-%04d.xml", dir, name, ++k);
                              print "<Sentences>" > f }
            on { print > f }
            /<\/Sentence>/ && on { print "</Sentences>" > f; close(f); on = 0 }' "$x"
        # every <Parse> alone, for the tree reader and the coder
        awk -v dir="$SS/ptb" -v name="$b" '
            /<Parse>/ { on = 1; f = sprintf("%s/%s-%04d.txt", dir, name, ++k); sub(/.*<Parse>/, "") }
            on && /<\/Parse>/ { sub(/<\/Parse>.*/, ""); print > f; close(f); on = 0; next }
            on { print > f }' "$x"
        # the head of the file: <Validation>, <Environment>, first records, no end
        head -n 120 "$x" > "$SS/xml/$b-head.xml"
    done
    cp "$SS"/ptb/* "$SS/coder/" 2>/dev/null
    D="$P/dictionaries"
    [ -f "$D/PETR.Validate.verbs.txt" ] && cp "$D/PETR.Validate.verbs.txt" "$SS/dict_verbs/"
    [ -f "$D/CAMEO.2.0.txt" ] && pieces "$D/CAMEO.2.0.txt" 300 "$SS/dict_verbs" cameo
    [ -f "$D/PETR.Validate.actors.txt" ] && cp "$D/PETR.Validate.actors.txt" "$SS/dict_actors/"
    [ -f "$D/Phoenix.MilNonState.actors.txt" ] &&
        pieces "$D/Phoenix.MilNonState.actors.txt" 300 "$SS/dict_actors" milnonstate
    [ -f "$D/PETR.Validate.agents.txt" ] &&
        pieces "$D/PETR.Validate.agents.txt" 1000 "$SS/dict_agents" validate-agents
    [ -f "$D/Phoenix.agents.txt" ] && pieces "$D/Phoenix.agents.txt" 300 "$SS/dict_agents" agents
    [ -f "$D/PETR.Validate.discards.txt" ] &&
        pieces "$D/PETR.Validate.discards.txt" 1000 "$SS/dict_discards" validate-discards
    [ -f "$D/Phoenix.discards.txt" ] &&
        pieces "$D/Phoenix.discards.txt" 1000 "$SS/dict_discards" discards
    [ -f "$D/Phoenix.IssueCoding.txt" ] &&
        pieces "$D/Phoenix.IssueCoding.txt" 400 "$SS/dict_issues" issues
    return 0
}

if [ -d "$P" ]; then
    make_shared_seeds
    echo "fuzz_run: seeds from $SHARED added under $SS/"
else
    rm -rf "$SS"
    echo "fuzz_run: $SHARED not present; hand-written seeds only"
fi

# ---- run ----------------------------------------------------------------------
failed=""
mkdir -p fuzz/artifacts
for t in $targets; do
    bin="$OUT/fuzz_$t"
    if [ ! -x "$bin" ]; then
        echo "fuzz_run: no $bin" >&2
        failed="$failed $t"
        continue
    fi
    seeds=""
    for d in "fuzz/seeds/$t" "$SS/$t"; do
        [ -d "$d" ] && seeds="$seeds $d"
    done
    if [ "$SECS" -eq 0 ]; then
        # Smoke: each seed file once. Files, not folders, so nothing is written.
        # shellcheck disable=SC2086
        files=$(find $seeds -type f 2>/dev/null | sort)
        n=$(printf '%s\n' "$files" | grep -c . || true)
        echo "== fuzz_$t: running $n seed inputs once"
        log="$OUT/fuzz_$t.smoke.log"
        if [ "$n" -eq 0 ]; then
            echo "   no seeds for $t (every target needs some in fuzz/seeds/$t/)" >&2
            failed="$failed $t"
            continue
        fi
        # shellcheck disable=SC2086
        if ! "$bin" -artifact_prefix="fuzz/artifacts/$t-" $FLAGS $files > "$log" 2>&1; then
            tail -n 40 "$log" >&2
            echo "   failing input: $(grep 'Running: ' "$log" | tail -n 1 | sed 's/.*Running: //')" >&2
            echo "   full log: $log" >&2
            failed="$failed $t"
        fi
    else
        mkdir -p "fuzz/corpus/$t"
        echo "== fuzz_$t: ${SECS}s, corpus fuzz/corpus/$t, seeds:$seeds"
        # shellcheck disable=SC2086
        "$bin" -max_total_time="$SECS" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
            -artifact_prefix="fuzz/artifacts/$t-" $FLAGS "fuzz/corpus/$t" $seeds ||
            failed="$failed $t"
    fi
done

if [ -n "$failed" ]; then
    echo "fuzz_run: FAILED:$failed (crashing inputs: fuzz/artifacts/, or the file named above)" >&2
    exit 1
fi
echo "fuzz_run: all targets passed ($targets )"
