//go:build tinygo

// Command echo is the smallest firmware for the board support of
// firmware/tinygo: it prints a banner and the uptime, then echoes UART0
// input line by line with the time each line took to arrive. Build it with
// `firmware/tinygo/build.sh --pkg ./firmware/tinygo/echo -o echo.elf`.
package main

import (
	"os"
	"time"
)

func main() {
	start := time.Now()
	println("mptest echo on mps2-an385; up", time.Since(start).Microseconds(), "us")
	time.Sleep(10 * time.Millisecond)
	println("slept 10 ms:", time.Since(start).Milliseconds(), "ms since start")
	var line []byte
	var b [16]byte
	for {
		n, _ := os.Stdin.Read(b[:])
		for _, c := range b[:n] {
			if c == '\r' || c == '\n' {
				os.Stdout.Write([]byte("echo: " + string(line) + "\r\n"))
				line = line[:0]
				continue
			}
			line = append(line, c)
		}
	}
}
