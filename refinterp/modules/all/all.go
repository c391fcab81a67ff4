// Package all links every standard module of refinterp into a binary.
//
// Import it for its side effects: each module package registers itself with
// py.RegisterModule in an init function, and this package's blank imports
// (one file per group of modules) make sure they are linked.
package all
