#!/usr/bin/env bash
# ci/lint.sh: check the workflow files under ci/ with actionlint (installed
# from the Go module proxy into the Go bin directory when missing). Call it
# from .ci/run; `go test ./ci` then runs the same check.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
version=v1.7.12
bin=$(go env GOBIN)
[[ -n $bin ]] || bin=$(go env GOPATH)/bin
if ! command -v actionlint >/dev/null && [[ ! -x $bin/actionlint ]]; then
	echo "ci/lint.sh: installing actionlint $version" >&2
	go install "github.com/rhysd/actionlint/cmd/actionlint@$version"
fi
lint=$(command -v actionlint || echo "$bin/actionlint")
"$lint" -color=false github/*.yml
echo "ci/lint.sh: workflows OK"
