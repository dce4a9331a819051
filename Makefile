# petrel - political event data engine. Plain Makefile, in the manner of Lua and Redis.
#
#   make            library (libpetrel.a), CLI (petrel) and petrel.pc
#   make demo       install missing Debian packages, build, code the bundled demo
#   make test       unit tests (+ PETRARCH2 validation suite when ../shared is present)
#   make asan       the tests under AddressSanitizer + UndefinedBehaviorSanitizer (clang)
#   make bench      throughput, load time and peak memory
#   make fuzz       build the libFuzzer targets fuzz/fuzz_*.c into build-fuzz/ (clang)
#   make fuzz-run   run each fuzz target FUZZ_SECONDS (default 60) seconds; see docs/fuzzing.md
#   make fuzz-smoke run each fuzz target once over its seed inputs (what CI does)
#   make lint       cppcheck;  make format / make format-check  clang-format
#   make install PREFIX=/usr/local   (DESTDIR is honoured);  make uninstall
#
# Debian packages are installed on demand by scripts/deps.sh: the base set for
# every target, and the extra tools (clang, cppcheck, clang-format) only for the
# targets that use them, so `make demo` and `make test` stay minimal.

CC      ?= cc
PREFIX  ?= /usr/local
VERSION := 0.1.0
SHARED  ?= ../shared

# -O3, and with gcc link-time optimisation: the coder's hot path crosses many
# small modules (tree index, arena, knowledge maps, actors); inlining across
# them saves about 7% of its instructions and -O3 another 6% of its time.
# Fat objects keep libpetrel.a linkable without LTO. clang builds (asan,
# fuzz, CC=clang) go without LTO.
LTO     := $(if $(findstring clang,$(shell $(CC) --version 2>/dev/null)),,-flto=auto -ffat-lto-objects)
OPT     ?= -O3 $(LTO)
CSTD    := -std=c11 -D_POSIX_C_SOURCE=200809L
WARN    := -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes -Wmissing-prototypes
XML_CFLAGS := $(shell pkg-config --cflags libxml-2.0 2>/dev/null || echo -I/usr/include/libxml2)
XML_LIBS   := $(shell pkg-config --libs libxml-2.0 2>/dev/null || echo -lxml2)
CFLAGS  ?= $(OPT) -g
ALL_CFLAGS = $(CSTD) $(WARN) $(CFLAGS) -Iinclude $(XML_CFLAGS) -fvisibility=hidden
LDLIBS  = $(XML_LIBS) -ljansson -lutf8proc -lsqlite3 -lz -lm -lpthread

BUILD   ?= build
LIB_SRC := $(wildcard src/util/*.c src/read/*.c src/clean/*.c src/segment/*.c src/parse/*.c \
                      src/knowledge/*.c src/recognise/*.c src/code/*.c src/eval/*.c \
                      src/enrich/*.c src/store/*.c src/write/*.c src/api/*.c)
CLI_SRC := $(wildcard src/cli/*.c)
TEST_SRC:= $(wildcard tests/*.c)
LIB_ASM := $(wildcard src/parse/*.S)
LIB_OBJ := $(LIB_SRC:%.c=$(BUILD)/%.o) $(LIB_ASM:%.S=$(BUILD)/%.o)
CLI_OBJ := $(CLI_SRC:%.c=$(BUILD)/%.o)
TEST_OBJ:= $(TEST_SRC:%.c=$(BUILD)/%.o)
LIB     := $(BUILD)/libpetrel.a
PETREL  := petrel
TESTBIN := $(BUILD)/petrel-tests
PUBLIC_H:= $(wildcard include/*.h)
# The CLI is built only once src/cli/ exists, so the library and its tests can
# be built and run on their own.
CLI_TARGET = $(if $(CLI_SRC),$(PETREL))

# Extra Debian packages, per target (scripts/deps.sh installs what is missing).
CLANG_PKGS  := clang libclang-rt-14-dev
LINT_PKGS   := cppcheck
FORMAT_PKGS := clang-format
MODEL_PKGS  := wordnet-base

# Sanitizer builds.
SAN_FLAGS  := -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
ASAN_ENV   := ASAN_OPTIONS=detect_leaks=1:strict_string_checks=1 \
              UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
FUZZ_BUILD := build-fuzz
FUZZ_SRC   := $(wildcard fuzz/fuzz_*.c)
FUZZ_BIN   := $(FUZZ_SRC:fuzz/%.c=$(FUZZ_BUILD)/%)
FUZZ_CFLAGS := -O1 -g -fsanitize=address,undefined,fuzzer-no-link -fno-sanitize-recover=all \
               -fno-omit-frame-pointer -DFUZZING_BUILD_MODE_UNSAFE_FOR_PRODUCTION
FUZZ_SECONDS ?= 60
# Run only some targets: make fuzz-run FUZZ_TARGETS="ptb xml"
FUZZ_TARGETS ?=

# Static analysis and formatting.
LINT_DIRS  := src fuzz
CPPCHECK   := cppcheck -q --std=c11 --enable=warning,performance,portability \
              --error-exitcode=1 --inline-suppr --suppress=missingIncludeSystem \
              -Iinclude -Isrc -j2
FORMAT_FILES = $(wildcard src/*/*.c src/*/*.h tests/*.c tests/*.h fuzz/*.c fuzz/*.h include/*.h)

.PHONY: all deps model demo test check asan bench fuzz fuzz-targets fuzz-run fuzz-smoke lint \
        format format-check install uninstall clean FORCE

all: $(LIB) $(CLI_TARGET) petrel.pc

deps:
	@sh scripts/deps.sh $(DEPS_EXTRA)

$(BUILD)/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -MMD -MP -c $< -o $@

# The shipped model is assembled into the library (src/parse/model_builtin.S).
# Without the file, petrel still builds (so `make model` can train the first
# one) and says there is no built-in model when asked to parse.
MODEL       := models/en_ewt.pmodel
MODEL_FLAGS := $(if $(wildcard $(MODEL)),-DPETREL_MODEL_FILE='"$(MODEL)"')
UD_EWT      ?= $(SHARED)/ud/en_ewt

$(BUILD)/%.o: %.S $(wildcard $(MODEL))
	@mkdir -p $(dir $@)
	$(CC) $(MODEL_FLAGS) -c $< -o $@

# petrel's own knowledge (knowledge/, docs/knowledge.md) is assembled into the
# library. The country names come from Debian's iso-codes at build time.
ISO_JSON      ?= /usr/share/iso-codes/json/iso_3166-1.json
VERBS_TXT     := $(sort $(wildcard knowledge/verbs/*.txt))
AGENTS_TXT    := $(wildcard knowledge/agents.txt)
ACTORS_TXT    := $(sort $(wildcard knowledge/actors/*.txt)) $(BUILD)/knowledge/countries.iso.txt
DISCARDS_TXT  := $(wildcard knowledge/discards.txt)
PLACES_TSV    := knowledge/places.tsv
KNOWLEDGE_ROWS = $(addprefix 0:,$(VERBS_TXT)) $(addprefix 1:,$(ACTORS_TXT)) \
                 $(addprefix 2:,$(AGENTS_TXT)) $(addprefix 3:,$(DISCARDS_TXT)) 5:$(PLACES_TSV)
LIB_OBJ += $(BUILD)/knowledge_builtin.o

$(BUILD)/tools/gen_countries: tools/gen_countries.c
	@mkdir -p $(dir $@)
	$(CC) $(CSTD) $(WARN) $(OPT) $< -o $@ -ljansson -lutf8proc

$(BUILD)/knowledge/countries.iso.txt: $(BUILD)/tools/gen_countries $(ISO_JSON) knowledge/countries-cameo.tsv
	@mkdir -p $(dir $@)
	$(BUILD)/tools/gen_countries $(ISO_JSON) knowledge/countries-cameo.tsv > $@.tmp && mv $@.tmp $@

$(BUILD)/knowledge_builtin.S: scripts/embed_knowledge.sh $(VERBS_TXT) $(ACTORS_TXT) $(AGENTS_TXT) $(DISCARDS_TXT) $(PLACES_TSV)
	sh scripts/embed_knowledge.sh $(KNOWLEDGE_ROWS) > $@.tmp && mv $@.tmp $@

$(BUILD)/knowledge_builtin.o: $(BUILD)/knowledge_builtin.S
	$(CC) -c $< -o $@

$(LIB): $(LIB_OBJ)
	@rm -f $@
	ar rcs $@ $^

$(PETREL): $(CLI_OBJ) $(LIB)
	$(CC) $(CFLAGS) -o $@ $(CLI_OBJ) $(LIB) $(LDLIBS)

$(TESTBIN): $(TEST_OBJ) $(LIB)
	$(CC) $(CFLAGS) -o $@ $(TEST_OBJ) $(LIB) $(LDLIBS)

# petrel.pc is rewritten only when its content changes (PREFIX or VERSION).
petrel.pc: petrel.pc.in FORCE
	@sed -e 's|@PREFIX@|$(PREFIX)|g' -e 's|@VERSION@|$(VERSION)|g' petrel.pc.in > $@.tmp
	@if cmp -s $@.tmp $@; then rm -f $@.tmp; else mv $@.tmp $@; echo "petrel.pc: prefix $(PREFIX)"; fi

# Retrain the shipped model from UD English EWT (README: "The parsing model").
model: all
	@sh scripts/deps.sh $(MODEL_PKGS)
	./$(PETREL) train --train $(UD_EWT)/en_ewt-ud-train.conllu --dev $(UD_EWT)/en_ewt-ud-dev.conllu \
	  --seed 5 --ensemble 3 -o $(MODEL)
	@$(MAKE) --no-print-directory all

demo: deps
	@$(MAKE) --no-print-directory all
	./$(PETREL) code --input-format text --format table examples/articles/*.txt

test check: deps
	@$(MAKE) --no-print-directory $(TESTBIN) $(CLI_TARGET)
	PETREL_SHARED=$(SHARED) ./$(TESTBIN)

asan:
	@sh scripts/deps.sh $(CLANG_PKGS)
	@$(MAKE) --no-print-directory BUILD=build-asan CC=clang OPT=-O1 \
	  CFLAGS="-O1 -g $(SAN_FLAGS)" \
	  PETREL=build-asan/petrel build-asan/petrel-tests $(if $(CLI_SRC),build-asan/petrel)
	PETREL_SHARED=$(SHARED) PETREL_BIN=build-asan/petrel $(ASAN_ENV) ./build-asan/petrel-tests

BENCH_BIN := $(BUILD)/bench_coder $(BUILD)/bench_parse $(BUILD)/bench_knowledge $(BUILD)/gen_corpus

$(BUILD)/gen_corpus: bench/gen_corpus.c
	$(CC) $(CSTD) $(WARN) $(CFLAGS) -o $@ $<

$(BUILD)/bench_%: bench/bench_%.c $(LIB)
	$(CC) $(ALL_CFLAGS) -o $@ $< $(LIB) $(LDLIBS)

bench: all $(BENCH_BIN)
	sh bench/run.sh $(SHARED)

# ---- fuzzing (docs/fuzzing.md) ----------------------------------------------
# The library is rebuilt into build-fuzz/ with -fsanitize=...,fuzzer-no-link;
# each fuzz/fuzz_X.c is linked with -fsanitize=fuzzer into build-fuzz/fuzz_X.
fuzz:
	@sh scripts/deps.sh $(CLANG_PKGS)
	@$(MAKE) --no-print-directory BUILD=$(FUZZ_BUILD) CC=clang CFLAGS="$(FUZZ_CFLAGS)" fuzz-targets

fuzz-targets: $(FUZZ_BIN)

$(FUZZ_BUILD)/fuzz_%: fuzz/fuzz_%.c $(LIB)
	$(CC) $(CSTD) $(WARN) $(CFLAGS) -fsanitize=fuzzer -Iinclude $(XML_CFLAGS) -MMD -MP \
	  -MF $@.d -o $@ $< $(LIB) $(LDLIBS)

fuzz-run: fuzz
	FUZZ_SECONDS=$(FUZZ_SECONDS) SHARED=$(SHARED) sh scripts/fuzz_run.sh $(FUZZ_TARGETS)

fuzz-smoke: fuzz
	FUZZ_SECONDS=0 SHARED=$(SHARED) sh scripts/fuzz_run.sh $(FUZZ_TARGETS)

# ---- lint and format --------------------------------------------------------
lint:
	@sh scripts/deps.sh $(LINT_PKGS)
	$(CPPCHECK) $(wildcard $(LINT_DIRS))

format:
	@sh scripts/deps.sh $(FORMAT_PKGS)
	clang-format -i $(FORMAT_FILES)

format-check:
	@sh scripts/deps.sh $(FORMAT_PKGS)
	clang-format --dry-run -Werror $(FORMAT_FILES)

# ---- install ----------------------------------------------------------------
# bin/petrel, lib/libpetrel.a, include/*.h (the public API, include/petrel.h),
# lib/pkgconfig/petrel.pc, and share/petrel/ from data/ when the project has one.
install: all
	install -d $(DESTDIR)$(PREFIX)/lib/pkgconfig
	install -m 644 $(LIB) $(DESTDIR)$(PREFIX)/lib/libpetrel.a
	install -m 644 petrel.pc $(DESTDIR)$(PREFIX)/lib/pkgconfig/petrel.pc
	$(if $(CLI_SRC),install -d $(DESTDIR)$(PREFIX)/bin)
	$(if $(CLI_SRC),install -m 755 $(PETREL) $(DESTDIR)$(PREFIX)/bin/petrel)
	$(if $(PUBLIC_H),install -d $(DESTDIR)$(PREFIX)/include)
	$(if $(PUBLIC_H),install -m 644 $(PUBLIC_H) $(DESTDIR)$(PREFIX)/include/)
	@if [ -d data ]; then \
	  echo "install data -> $(DESTDIR)$(PREFIX)/share/petrel"; \
	  install -d $(DESTDIR)$(PREFIX)/share/petrel && \
	  cp -R data/. $(DESTDIR)$(PREFIX)/share/petrel/; fi

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/petrel $(DESTDIR)$(PREFIX)/lib/libpetrel.a \
	  $(DESTDIR)$(PREFIX)/lib/pkgconfig/petrel.pc \
	  $(addprefix $(DESTDIR)$(PREFIX)/include/,$(notdir $(PUBLIC_H)))
	rm -rf $(DESTDIR)$(PREFIX)/share/petrel

clean:
	rm -rf build build-asan build-fuzz $(PETREL) petrel.pc petrel.pc.tmp

-include $(LIB_OBJ:.o=.d) $(CLI_OBJ:.o=.d) $(TEST_OBJ:.o=.d) $(wildcard $(FUZZ_BUILD)/fuzz_*.d)
