# thidua — the two commands a new user needs are `make site` and `make test`.
SWIFT ?= swift
CONTENT ?= content
TEMPLATES ?= templates
OUTPUT ?= public
RELEASE_BIN = .build/release/thidua

.PHONY: site build-release check test unit-test browser-test bench bench-hugo fuzz clean

## Build the sample site into public/ (installs libcmark-dev and libjemalloc-dev when missing).
site: build-release
	$(RELEASE_BIN) build --content $(CONTENT) --templates $(TEMPLATES) --output $(OUTPUT)
	@echo ""
	@echo "Trang mẫu đã dựng vào $(OUTPUT)/. Mở tệp $(CURDIR)/$(OUTPUT)/index.html trong trình duyệt,"
	@echo "hoặc chạy: python3 -m http.server -d $(OUTPUT) 8000  rồi mở http://127.0.0.1:8000/"

build-release:
	@scripts/ensure-libraries.sh
	$(SWIFT) build -c release --product thidua

## Check the content without writing anything.
check: build-release
	$(RELEASE_BIN) check --content $(CONTENT) --templates $(TEMPLATES)

## Every test: unit and fixture tests, then the real-browser tests when a browser can be had.
test: unit-test browser-test

unit-test:
	@scripts/ensure-libraries.sh
	$(SWIFT) test

browser-test:
	@scripts/browser-test.sh

## Speed and memory on a national-size fixture (release build).
bench:
	@scripts/ensure-libraries.sh
	$(SWIFT) build -c release
	scripts/bench.sh

## The same pages built by Hugo, timed in the same run (installs Debian's hugo).
bench-hugo:
	@scripts/ensure-libraries.sh
	$(SWIFT) build -c release
	scripts/bench-hugo.sh

## libFuzzer targets for a bounded time each (FUZZ_SECONDS, default 30).
fuzz:
	Fuzz/run.sh

clean:
	rm -rf .build $(OUTPUT)
