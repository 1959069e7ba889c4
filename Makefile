# credlint's front door. `make demo` and `make test` work on a fresh Debian 12 machine:
# each installs the missing packages (scripts/install-deps, sudo when not root), builds
# into $(BUILD) with Ninja, then scans the demo tree or runs the whole test suite.
#
#   make demo          build, expand fixtures/demo into $(BUILD)/demo and scan it
#   make test          build and run every test (ctest)
#   make build         install what is missing and build
#   make rules-readme  regenerate rules/README.md from the rule metadata
#   make clean         remove $(BUILD)
#
# BUILD=build-mine picks another build directory; JOBS sets the build parallelism.

BUILD ?= build
BUILD_TYPE ?= RelWithDebInfo
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
CTEST_JOBS ?= 2

.PHONY: all demo test build deps configure rules-readme clean

all: build

deps:
	@scripts/install-deps

# Configure once; afterwards Ninja re-runs CMake by itself when a CMakeLists.txt changes.
configure: deps
	@if [ ! -f $(BUILD)/build.ninja ]; then \
	  cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=$(BUILD_TYPE); \
	fi

build: configure
	cmake --build $(BUILD) --parallel $(JOBS)

demo: build
	@scripts/run-demo $(BUILD)

test: build
	cd $(BUILD) && ctest --output-on-failure --parallel $(CTEST_JOBS)

rules-readme: build
	$(BUILD)/credlint rules --markdown > rules/README.md.tmp
	mv rules/README.md.tmp rules/README.md

clean:
	rm -rf $(BUILD)
