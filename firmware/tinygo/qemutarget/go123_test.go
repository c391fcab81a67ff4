package qemutarget

import (
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"testing"
)

// TestFirmwareBuildsWithGo123 generates the module the firmware is built
// from (build.sh --module-only: refinterp/ and firmware/ under a go.mod that
// names go 1.23) and vets the firmware's packages with Go 1.23, the newest
// Go TinyGo 0.33 runs on, so that code needing a newer Go cannot slip in
// unnoticed. It needs the go1.23.12 toolchain (downloaded by GOTOOLCHAIN);
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
	vet := exec.Command("go", "vet", "./firmware/...")
	vet.Dir, vet.Env = mod, env
	if out, err := vet.CombinedOutput(); err != nil {
		t.Fatalf("go vet ./firmware/... with Go 1.23: %v\n%s", err, out)
	}
}
