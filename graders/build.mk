# Shared by the SAM makefile builds of the layer (shared/Makefile) and the functions
# (graders/Makefile). SAM runs `make build-<LogicalId>` in a scratch copy of CodeUri
# with ARTIFACTS_DIR set.
#
# Why a makefile build and not SAM's default pip builder:
# - Lambda's file system is read-only, so without precompiled bytecode every cold start
#   recompiles every module. We ship .pyc with unchecked-hash invalidation: Python loads
#   it without reading the source's mtime, and never tries to rewrite it.
# - The default builder drops the executable bit of binaries shipped in wheels (ruff).
PYTHON ?= python3.13
LAMBDA_ARCH ?= x86_64
PIP_TARGET_FLAGS = --quiet --disable-pip-version-check --no-compile --upgrade \
	--only-binary=:all: --implementation cp --python-version 3.13 \
	--platform manylinux2014_$(LAMBDA_ARCH) --platform manylinux_2_28_$(LAMBDA_ARCH)

# $(1): requirements file, $(2): target directory
define pip_install
	$(PYTHON) -m pip install $(PIP_TARGET_FLAGS) --target $(2) -r $(1)
endef

# $(1): directory to byte-compile in place
define compile_tree
	find $(1) -name __pycache__ -type d -prune -exec rm -rf {} +
	$(PYTHON) -m compileall -q -j 0 --invalidation-mode unchecked-hash $(1) >/dev/null
endef

# $(1): artifact directory. SymPy's own tests and benchmarks are nearly half of it
# (74 -> 40 MB compiled) and are never imported.
define strip_sympy_tests
	if [ -d $(1)/sympy ]; then find $(1)/sympy -type d \( -name tests -o -name benchmarks \) -prune -exec rm -rf {} +; fi
endef

# $(1): artifact directory. ruff's wheel ships bin/ruff and the code grader runs it from
# /var/task/bin: the build fails unless it is there, executable and runs.
define check_ruff
	test -x $(1)/bin/ruff && $(1)/bin/ruff --version
endef
