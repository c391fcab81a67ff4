package bench

import (
	"bufio"
	"context"
	"os"
	"os/exec"
	"runtime"
	"strings"
	"time"
)

// MachineLabels describes where a run happens, as configuration keys:
// commit (git rev-parse HEAD in the current directory, when it is a
// repository), machine (the host name), goos, goarch and cpu (the CPU model
// where the system tells it).
func MachineLabels(ctx context.Context) []Label {
	var ls []Label
	if c := gitCommit(ctx); c != "" {
		ls = append(ls, Label{"commit", c})
	}
	if h, err := os.Hostname(); err == nil && h != "" {
		ls = append(ls, Label{"machine", h})
	}
	ls = append(ls, Label{"goos", runtime.GOOS}, Label{"goarch", runtime.GOARCH})
	if m := cpuModel(); m != "" {
		ls = append(ls, Label{"cpu", m})
	}
	return ls
}

func gitCommit(ctx context.Context) string {
	ctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	out, err := exec.CommandContext(ctx, "git", "rev-parse", "HEAD").Output()
	if err != nil {
		return ""
	}
	return strings.TrimSpace(string(out))
}

// cpuModel reads the model name from /proc/cpuinfo (Linux); elsewhere it
// returns "".
func cpuModel() string {
	f, err := os.Open("/proc/cpuinfo")
	if err != nil {
		return ""
	}
	defer f.Close()
	s := bufio.NewScanner(f)
	for s.Scan() {
		k, v, ok := strings.Cut(s.Text(), ":")
		if ok && strings.TrimSpace(k) == "model name" {
			return strings.Join(strings.Fields(v), " ")
		}
	}
	return ""
}
