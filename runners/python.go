package runners

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// PythonInfo describes a CPython-compatible interpreter.
type PythonInfo struct {
	// Version is the implementation and version, e.g. "cpython 3.11.7".
	Version string `json:"version"`
	// Executable is the interpreter binary itself (sys.executable). Running
	// it directly skips wrappers such as pyenv shims, which cost a shell
	// script and several processes per run.
	Executable string `json:"executable"`
}

// ProbePython returns what argv (a Python command line) runs. The answer is
// cached under cacheDir (when not "") keyed by the command and the size and
// modification time of its binary, and is reused while the binary and the
// executable it resolved to are unchanged; started reports whether a process
// had to be started. A pyenv shim's version switches are invisible to the
// key apart from $PYENV_VERSION: clear the cache after `pyenv global`.
func ProbePython(ctx context.Context, argv []string, cacheDir string) (info PythonInfo, started bool, err error) {
	if len(argv) == 0 {
		return info, false, fmt.Errorf("empty Python command")
	}
	bin, err := exec.LookPath(argv[0])
	if err != nil {
		return info, false, fmt.Errorf("Python %q: %w", argv[0], err)
	}
	if abs, err := filepath.Abs(bin); err == nil {
		bin = abs
	}
	st, err := os.Stat(bin)
	if err != nil {
		return info, false, fmt.Errorf("Python %q: %w", argv[0], err)
	}
	sum := sha256.Sum256([]byte(strings.Join([]string{
		"mptest-python-1", strings.Join(argv[1:], "\x00"), bin,
		fmt.Sprint(st.Size(), st.ModTime().UnixNano()), os.Getenv("PYENV_VERSION"),
	}, "\x00")))
	path := ""
	if cacheDir != "" {
		path = filepath.Join(cacheDir, "python", hex.EncodeToString(sum[:])+".json")
		var e struct {
			Schema int `json:"schema"`
			PythonInfo
			ExeMtime int64 `json:"exe_mtime"`
		}
		if data, err := os.ReadFile(path); err == nil && json.Unmarshal(data, &e) == nil && e.Schema == 1 && e.Version != "" {
			if est, err := os.Stat(e.Executable); err == nil && est.ModTime().UnixNano() == e.ExeMtime {
				return e.PythonInfo, false, nil
			}
		}
	}
	const probe = "import sys; print(sys.implementation.name, sys.version.split()[0]); print(sys.executable)"
	cmd := exec.CommandContext(ctx, bin, append(append([]string(nil), argv[1:]...), "-S", "-c", probe)...)
	out, err := cmd.Output()
	if err != nil {
		return info, true, fmt.Errorf("asking %s for its version: %w", argv[0], err)
	}
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	info.Version = strings.TrimSpace(lines[0])
	info.Executable = bin
	if len(lines) > 1 {
		if exe := strings.TrimSpace(lines[len(lines)-1]); filepath.IsAbs(exe) {
			info.Executable = exe
		}
	}
	if path != "" {
		if est, err := os.Stat(info.Executable); err == nil {
			data, _ := json.Marshal(map[string]any{"schema": 1, "version": info.Version, "executable": info.Executable, "exe_mtime": est.ModTime().UnixNano()})
			// A cache that cannot be written only costs time.
			_ = writeFileAtomic(path, data)
		}
	}
	return info, true, nil
}

// writeFileAtomic writes via a temporary file and a rename.
func writeFileAtomic(path string, data []byte) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".tmp*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}
