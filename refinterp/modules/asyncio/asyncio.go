// Package asyncio provides Python's asyncio module (and MicroPython's
// uasyncio, which adds sleep_ms) for refinterp.
//
// The event loop is deterministic and uses virtual time: callbacks run in
// FIFO order and timers in deadline order from the same binary heap
// CPython's loop uses, so tasks interleave as under CPython but a sleep
// returns without waiting. Future, Task, gather, wait_for, wait, shield,
// timeout, Event, Lock, Semaphore, Condition and the queues follow
// CPython 3.11's scheduling (including the extra loop hops of done
// callbacks). Written in Python and embedded.
package asyncio

import (
	_ "embed"

	"github.com/mptest/mptest/refinterp/py"
)

//go:embed asyncio.py
var src string

//go:embed uasyncio.py
var usrc string

func init() {
	py.RegisterSourceModule("asyncio", src)
	py.RegisterSourceModule("uasyncio", usrc)
}
