package asyncio_test

import (
	"bytes"
	"testing"

	"github.com/mptest/mptest/refinterp/py"
)

// TestUasyncio covers the MicroPython-only names, which CPython cannot
// produce expectations for.
func TestUasyncio(t *testing.T) {
	tests := []struct{ name, src, want string }{
		{"sleep_ms order", `
import uasyncio as asyncio
out = []
async def w(n, ms):
    await asyncio.sleep_ms(ms)
    out.append(n)
async def main():
    await asyncio.gather(w('late', 30), w('early', 10), w('now', 0))
asyncio.run(main())
print(out)
`, "['now', 'early', 'late']\n"},
		{"sleep_ms result", `
import uasyncio
async def main():
    return await uasyncio.sleep_ms(5, 'r')
print(uasyncio.run(main()))
`, "r\n"},
		{"ThreadSafeFlag", `
import uasyncio
async def main():
    f = uasyncio.ThreadSafeFlag()
    async def setter():
        await uasyncio.sleep_ms(1)
        f.set()
    uasyncio.create_task(setter())
    await f.wait()
    print('woken', f._event.is_set())
uasyncio.run(main())
`, "woken False\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			th := py.New(py.Options{Stdout: &out, Stderr: &errb})
			if err := th.RunFile("test.py", tc.src); err != nil {
				t.Fatalf("%v\n%s", err, errb.String())
			}
			if out.String() != tc.want {
				t.Errorf("got %q, want %q", out.String(), tc.want)
			}
		})
	}
}
