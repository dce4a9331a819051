#!/bin/sh
# run.sh - `make bench`: coder throughput, dictionary load time and peak RSS
# on the PETRARCH2 unit-test records (repeated to >= 100,000 sentences) and
# on the GigaWord sample with the Phoenix dictionaries; then raw text to
# trees (tokenize + tag + parse) over the UD EWT training text with 1 and 2
# threads; loading the built-in knowledge; and articles end to end into
# SQLite (bench/pipeline.sh). Needs ../shared.
set -e
SHARED=${1:-../shared}
P=$SHARED/petrarch2
BIN=build/bench_coder
if [ ! -d "$P" ]; then
    echo "bench: $P not found; the benchmarks need ../shared" >&2
    exit 1
fi
D=$P/dictionaries
echo "== unit-test records, validation dictionaries, >= 100000 sentences, one core"
$BIN 100000 $D/PETR.Validate.verbs.txt $D/PETR.Validate.actors.txt \
    $D/PETR.Validate.agents.txt $D/PETR.Validate.discards.txt $P/text/PETR.UnitTest.records.xml
PHX="$D/Phoenix.Countries.actors.txt,$D/Phoenix.International.actors.txt,$D/Phoenix.MilNonState.actors.txt"
echo
echo "== unit-test records, Phoenix dictionaries + CAMEO.2.0, >= 100000 sentences"
$BIN 100000 $D/CAMEO.2.0.txt "$PHX" $D/Phoenix.agents.txt $D/Phoenix.discards.txt \
    $P/text/PETR.UnitTest.records.xml
echo
echo "== GigaWord sample (AFP), Phoenix dictionaries + CAMEO.2.0, >= 100000 sentences"
$BIN 100000 $D/CAMEO.2.0.txt "$PHX" $D/Phoenix.agents.txt $D/Phoenix.discards.txt \
    $P/text/GigaWord.sample.PETR.xml
echo
echo "== petrel's built-in knowledge (knowledge/): load time and memory"
build/bench_knowledge
echo
echo "== raw text to trees: UD EWT train text, built-in model, 1 and 2 threads"
build/bench_parse $SHARED/ud/en_ewt/en_ewt-ud-train.conllu 2
echo
echo "== articles end to end into SQLite: synthetic JSON Lines corpus, built-in knowledge and model"
sh bench/pipeline.sh ${PETREL_BENCH_ARTICLES:-1000 100000}
