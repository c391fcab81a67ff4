#!/usr/bin/env bash
# build.sh: set up TinyGo 0.33 (LLVM 16) from the package registries only,
# cached between runs, and build the mptest firmware for QEMU's mps2-an385.
#
# Usage: firmware/tinygo/build.sh [-o OUT.elf] [--pkg ./firmware/tinygo/fw]
#                                 [--opt z|s|1|2] [--stack BYTES] [--toolchain-only]
#        firmware/tinygo/build.sh --module-only DIR
#
# Everything downloaded or built lives under $MPTEST_TINYGO_CACHE
# (default ${XDG_CACHE_HOME:-$HOME/.cache}/mptest/tinygo); nothing is written
# into the repository. Default output: $CACHE/out/mptest-mps2.elf.
#
# Steps (each skipped when its result is already in the cache):
#   1. apt packages (LLVM/Clang/LLD 16, arm-none-eabi binutils, picolibc, QEMU)
#   2. TinyGo v0.33.0 source via the Go module proxy (Go 1.23.12 toolchain)
#   3. compiler-rt builtins from Debian's llvm-toolchain-16 source package
#   4. picolibc: Debian's prebuilt libc.a for v7-m, debug info stripped
#   5. go build -tags=llvm16 of tinygo
#   6. the board support (firmware/tinygo/bsp: runtime file, vector table,
#      linker script) copied into the TinyGo tree, the target JSON generated
#   7. a temporary go 1.23 module (refinterp/, firmware/ minus host-only
#      packages) and `tinygo build` of the firmware ELF
# --module-only DIR only writes that module into DIR (no toolchain needed);
# the qemutarget tests use it to check that the firmware builds with Go 1.23.
set -euo pipefail

TINYGO_VERSION=0.33.0
GO_FOR_TINYGO=go1.23.12
LLVM=16

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
cache=${MPTEST_TINYGO_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/mptest/tinygo}
out=""
toolchain_only=0
opt=z
pkg=./firmware/tinygo/fw
stack=1048576
module_only=""
while [ $# -gt 0 ]; do
	case "$1" in
	-o) out=$2; shift 2 ;;
	--toolchain-only) toolchain_only=1; shift ;;
	--opt) opt=$2; shift 2 ;;
	--pkg) pkg=$2; shift 2 ;;
	--stack) stack=$2; shift 2 ;;
	--module-only) module_only=$2; shift 2 ;;
	-h|--help) sed -n '2,24p' "$0"; exit 0 ;;
	*) echo "build.sh: unknown argument $1" >&2; exit 2 ;;
	esac
done
out=${out:-$cache/out/mptest-mps2.elf}
mkdir -p "$cache"

# make_module DIR: the go 1.23 module the firmware is built from: refinterp/
# and firmware/ (Go and embedded files) without tests, testdata and host-only
# packages, under the repository's module path.
make_module() {
	rm -rf "$1.tmp"
	mkdir -p "$1.tmp"
	(cd "$repo" && find refinterp firmware -type f ! -name '*_test.go' \
		! -path 'firmware/vboard/*' ! -path 'firmware/tinygo/qemutarget/*' ! -path 'firmware/tinygo/bsp/*' \
		! -path '*/testdata/*' -print0 |
		xargs -0 cp --parents -t "$1.tmp")
	printf 'module github.com/mptest/mptest\n\ngo 1.23\n' >"$1.tmp/go.mod"
	rm -rf "$1"
	mv "$1.tmp" "$1"
}
if [ -n "$module_only" ]; then
	make_module "$module_only"
	exit 0
fi

t0=$(date +%s)
step() { echo "build.sh: [$(( $(date +%s) - t0 ))s] $*" >&2; }

sudo=""
if [ "$(id -u)" != 0 ]; then sudo=sudo; fi

# 1. apt packages.
pkgs=(llvm-$LLVM-dev libclang-$LLVM-dev clang-$LLVM lld-$LLVM liblld-$LLVM-dev
	binutils-arm-none-eabi picolibc-arm-none-eabi qemu-system-arm dpkg-dev xz-utils)
missing=()
for p in "${pkgs[@]}"; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
	step "apt-get install ${missing[*]}"
	$sudo apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

tg=$cache/tinygo-$TINYGO_VERSION
# 2. TinyGo source from the module proxy.
if [ ! -f "$tg/.mptest-source" ]; then
	step "TinyGo $TINYGO_VERSION source via the Go module proxy"
	modcache=$(GOTOOLCHAIN=$GO_FOR_TINYGO go env GOMODCACHE)
	(cd "$cache" && GOTOOLCHAIN=$GO_FOR_TINYGO GOFLAGS=-mod=mod go mod download "github.com/tinygo-org/tinygo@v$TINYGO_VERSION")
	rm -rf "$tg"
	cp -r "$modcache/github.com/tinygo-org/tinygo@v$TINYGO_VERSION" "$tg"
	chmod -R u+w "$tg"
	mkdir -p "$tg/src/net" # a git submodule upstream; the firmware does not import net
	touch "$tg/.mptest-source"
fi

# 3. compiler-rt builtins from Debian's llvm-toolchain-16 source package.
if [ ! -f "$tg/lib/compiler-rt-builtins/.mptest" ]; then
	step "compiler-rt builtins from Debian's llvm-toolchain-$LLVM source package"
	src=/etc/apt/sources.list.d/mptest-deb-src.sources
	if ! grep -rqs '^Types:.*deb-src' /etc/apt/sources.list.d/ && ! grep -qs '^deb-src' /etc/apt/sources.list; then
		printf 'Types: deb-src\nURIs: http://deb.debian.org/debian\nSuites: bookworm\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' |
			$sudo tee "$src" >/dev/null
		$sudo apt-get update -qq
	fi
	mkdir -p "$cache/debsrc"
	orig=$(ls "$cache"/debsrc/llvm-toolchain-${LLVM}_*.orig.tar.xz 2>/dev/null | head -1 || true)
	if [ -z "$orig" ]; then
		if ! (cd "$cache/debsrc" && apt-get source --download-only "llvm-toolchain-$LLVM" >/dev/null); then
			$sudo apt-get update -qq
			(cd "$cache/debsrc" && apt-get source --download-only "llvm-toolchain-$LLVM" >/dev/null)
		fi
		orig=$(ls "$cache"/debsrc/llvm-toolchain-${LLVM}_*.orig.tar.xz | head -1)
	fi
	rm -rf "$cache/debsrc/x"
	mkdir -p "$cache/debsrc/x"
	tar -C "$cache/debsrc/x" -xJf "$orig" --wildcards '*/compiler-rt/lib/builtins/*'
	mkdir -p "$tg/lib/compiler-rt-builtins"
	cp -r "$cache"/debsrc/x/*/compiler-rt/lib/builtins/. "$tg/lib/compiler-rt-builtins/"
	rm -rf "$cache/debsrc/x"
	touch "$tg/lib/compiler-rt-builtins/.mptest"
fi

# 4. picolibc (Debian's build), without debug info.
picolibc=$tg/lib/deb-picolibc/libc-v7m.a
if [ ! -f "$picolibc" ]; then
	step "picolibc for v7-m from Debian"
	mkdir -p "$(dirname "$picolibc")"
	arm-none-eabi-objcopy --strip-debug \
		/usr/lib/picolibc/arm-none-eabi/lib/release/thumb/v7-m/nofp/libc.a "$picolibc.tmp"
	mv "$picolibc.tmp" "$picolibc"
fi

# 5. The tinygo binary.
tinygo=$tg/build/tinygo
if [ ! -x "$tinygo" ]; then
	step "go build -tags=llvm$LLVM tinygo (slow: cgo against LLVM)"
	(cd "$tg" && GOTOOLCHAIN=$GO_FOR_TINYGO GOFLAGS=-mod=mod go build -tags=llvm$LLVM -o build/tinygo.tmp . && mv build/tinygo.tmp build/tinygo)
fi
step "toolchain ready: $("$tinygo" version)"
if [ $toolchain_only = 1 ]; then exit 0; fi

# 6. Board support into the TinyGo tree (TinyGo resolves the linker script
# and extra files relative to its root), and the target JSON.
bsp=$here/bsp
install -m 644 "$bsp/runtime_mptest_mps2.go" "$tg/src/runtime/runtime_mptest_mps2.go"
install -m 644 "$bsp/mps2-an385.s" "$tg/targets/mptest-mps2-an385.s"
install -m 644 "$bsp/mps2-an385.ld" "$tg/targets/mptest-mps2-an385.ld"
target=$cache/mptest-mps2-an385.json
sed -e "s|@PICOLIBC@|$picolibc|" -e "s|@STACK@|$stack|" "$bsp/mps2-an385.json.in" >"$target.tmp"
mv "$target.tmp" "$target"

# 7. The firmware, from a temporary module that names go 1.23.
mod=$cache/module
step "generate the go 1.23 module in $mod"
make_module "$mod"

step "tinygo build -opt=$opt -o $out $pkg"
mkdir -p "$(dirname "$out")"
goroot=$(GOTOOLCHAIN=$GO_FOR_TINYGO go env GOROOT)
(cd "$mod" && GOTOOLCHAIN=$GO_FOR_TINYGO GOFLAGS=-mod=mod PATH="$goroot/bin:$PATH" \
	"$tinygo" build -target="$target" -opt="$opt" -o "$out.tmp" "$pkg")
mv "$out.tmp" "$out"
arm-none-eabi-size "$out" >&2
step "done: $out"
