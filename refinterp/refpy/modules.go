package refpy

// The standard modules (math, json, re, ...) register themselves on import.
import _ "github.com/mptest/mptest/refinterp/modules/all"
