#!/bin/sh
# pipeline.sh - articles end to end into SQLite (`make bench`, and alone:
# sh bench/pipeline.sh [N...]): a synthetic corpus of N articles
# (build/gen_corpus, fixed seed) coded with the built-in knowledge and model
# into a fresh database at -j 1 and -j 2; articles/s, sentences/s and peak
# RSS. Memory must stay flat as N grows. Needs nothing from ../shared.
set -e
SIZES=${*:-1000 100000}
DIR=${TMPDIR:-/tmp}/petrel-bench.$$
mkdir -p "$DIR"
trap 'rm -rf "$DIR"' EXIT
for n in $SIZES; do
    build/gen_corpus "$n" > "$DIR/corpus.jsonl"
    for j in 1 2; do
        rm -f "$DIR/events.sqlite"*
        /usr/bin/time -f "%e %M" -o "$DIR/time" ./petrel code --input-format jsonl \
            --db "$DIR/events.sqlite" -j "$j" "$DIR/corpus.jsonl" 2> "$DIR/log"
        read -r secs kb < "$DIR/time"
        sentences=$(sed -n 's/.* \([0-9]*\) sentences.*/\1/p' "$DIR/log" | tail -1)
        events=$(sqlite3 "$DIR/events.sqlite" "SELECT COUNT(*) FROM mentions; SELECT COUNT(*) FROM events" | paste -sd/ -)
        awk -v n="$n" -v j="$j" -v s="$secs" -v kb="$kb" -v sent="$sentences" -v ev="$events" 'BEGIN {
            printf "  %7d articles -j %d: %6.1f s, %7.0f articles/s, %7.0f sentences/s, mentions/events %s, peak RSS %.1f MB\n",
                   n, j, s, n / s, sent / s, ev, kb / 1024 }'
    done
done
