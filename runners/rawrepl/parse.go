package rawrepl

import (
	"errors"
	"fmt"
)

// ErrIncomplete is returned by ParseResponse when the input ends before the
// response does.
var ErrIncomplete = errors.New("incomplete response")

// Parser parses the device's answer to a run, after the upload was
// acknowledged: stdout, Ctrl-D, traceback (empty if none), Ctrl-D, '>'.
// It accepts the bytes in any chunking. The zero value is ready to use.
type Parser struct {
	// Max caps Stdout and Traceback, each (0: no cap); bytes past it are
	// dropped and Truncated is set.
	Max int

	Stdout    []byte
	Traceback []byte
	Truncated bool

	state int
}

// Parser states.
const (
	psStdout = iota
	psTraceback
	psPrompt
	psDone
)

// Feed consumes bytes of b up to the end of the response. It returns how
// many bytes it consumed and whether the response is complete; the bytes
// after it are not consumed. After an error or completion Feed consumes
// nothing.
func (p *Parser) Feed(b []byte) (n int, done bool, err error) {
	for n < len(b) {
		c := b[n]
		switch p.state {
		case psStdout, psTraceback:
			if c == ctrlD {
				p.state++
				n++
				continue
			}
			// Copy the run up to the next Ctrl-D in one go.
			end := n
			for end < len(b) && b[end] != ctrlD {
				end++
			}
			if p.state == psStdout {
				p.Stdout = p.appendCapped(p.Stdout, b[n:end])
			} else {
				p.Traceback = p.appendCapped(p.Traceback, b[n:end])
			}
			n = end
		case psPrompt:
			if c != '>' {
				return n, false, fmt.Errorf("%w: expected prompt '>' after output, got %q", ErrProtocol, c)
			}
			p.state = psDone
			return n + 1, true, nil
		case psDone:
			return n, true, nil
		}
	}
	return n, p.state == psDone, nil
}

func (p *Parser) appendCapped(dst, src []byte) []byte {
	if p.Max > 0 && len(dst)+len(src) > p.Max {
		p.Truncated = true
		src = src[:max(0, p.Max-len(dst))]
	}
	return append(dst, src...)
}

// ParseResponse parses one complete response from b (see Parser) and
// returns it with the number of bytes it used. It returns ErrIncomplete if b
// ends first.
func ParseResponse(b []byte) (stdout, traceback []byte, n int, err error) {
	var p Parser
	n, done, err := p.Feed(b)
	if err != nil {
		return p.Stdout, p.Traceback, n, err
	}
	if !done {
		return p.Stdout, p.Traceback, n, ErrIncomplete
	}
	return p.Stdout, p.Traceback, n, nil
}
