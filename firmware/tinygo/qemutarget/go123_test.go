package qemutarget

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"testing"
)

// TestFirmwareBuildsWithGo123 generates the module the firmware is built
// from (build.sh --module-only: refinterp/ and firmware/ under a go.mod that
// names go 1.23) and vets the firmware's packages (firmware/... and the
// modules fw/modules.go links) with Go 1.23, the newest Go TinyGo 0.33 runs
// on, for the host and for 32-bit ARM, so that code needing a newer Go or a
// 64-bit int cannot slip in unnoticed. It needs the go1.23.12 toolchain (downloaded by GOTOOLCHAIN);
// skipped in -short mode, or when that toolchain cannot be had unless
// MPTEST_REQUIRE_TINYGO is set.
func TestFirmwareBuildsWithGo123(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the interpreter with another toolchain")
	}
	if runtime.GOOS == "windows" {
		t.Skip("build.sh needs bash")
	}
	_, file, _, _ := runtime.Caller(0)
	script := filepath.Join(filepath.Dir(file), "..", "build.sh")
	mod := filepath.Join(t.TempDir(), "module")
	if out, err := exec.Command("bash", script, "--module-only", mod).CombinedOutput(); err != nil {
		t.Fatalf("build.sh --module-only: %v\n%s", err, out)
	}
	env := append(os.Environ(), "GOTOOLCHAIN=go1.23.12", "GOFLAGS=-mod=mod", "GOWORK=off")
	probe := exec.Command("go", "version")
	probe.Dir, probe.Env = mod, env
	if out, err := probe.CombinedOutput(); err != nil {
		if os.Getenv("MPTEST_REQUIRE_TINYGO") == "" {
			t.Skipf("go1.23.12 toolchain unavailable: %v\n%s", err, out)
		}
		t.Fatalf("go1.23.12 toolchain unavailable: %v\n%s", err, out)
	}
	// The firmware's packages: firmware/... and the modules fw links.
	pkgs := []string{"./firmware/..."}
	src, err := os.ReadFile(filepath.Join(filepath.Dir(file), "..", "fw", "modules.go"))
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range regexp.MustCompile(`"github.com/mptest/mptest/(refinterp/modules/[a-z0-9_]+)"`).FindAllStringSubmatch(string(src), -1) {
		pkgs = append(pkgs, "./"+m[1])
	}
	if len(pkgs) < 10 {
		t.Fatalf("found only %v in fw/modules.go", pkgs)
	}
	// Vet for the host and for 32-bit ARM, where int has 32 bits.
	for _, arch := range [][]string{nil, {"GOARCH=arm", "GOARM=7"}} {
		vet := exec.Command("go", append([]string{"vet"}, pkgs...)...)
		vet.Dir, vet.Env = mod, append(env, arch...)
		if out, err := vet.CombinedOutput(); err != nil {
			t.Errorf("go vet with Go 1.23 %v: %v\n%s", arch, err, out)
		}
	}
}
