// Package vfs is a board's in-memory filesystem: files and directories
// under "/" with absolute, slash-separated paths, a capacity (the flash
// partition's size) and a current directory per user of the filesystem
// kept by the caller. It can be seeded from any io/fs.FS (a host
// directory via os.DirFS). Safe for concurrent use.
package vfs

import (
	"errors"
	"io/fs"
	"path"
	"sort"
	"strings"
	"sync"
)

// Errors, matched by errors.Is; the os module maps them to OSError errnos.
var (
	ErrNotExist = errors.New("ENOENT")
	ErrExist    = errors.New("EEXIST")
	ErrIsDir    = errors.New("EISDIR")
	ErrNotDir   = errors.New("ENOTDIR")
	ErrNotEmpty = errors.New("ENOTEMPTY")
	ErrNoSpace  = errors.New("ENOSPC")
)

// FS is an in-memory filesystem.
type FS struct {
	mu       sync.Mutex
	files    map[string][]byte
	dirs     map[string]bool
	capacity int64
}

// New returns an empty filesystem of capacity bytes (0: unlimited).
func New(capacity int64) *FS {
	return &FS{files: map[string][]byte{}, dirs: map[string]bool{"/": true}, capacity: capacity}
}

// Clean makes p absolute relative to cwd and removes "." and "..".
func Clean(cwd, p string) string {
	if !strings.HasPrefix(p, "/") {
		p = cwd + "/" + p
	}
	return path.Clean("/" + p)
}

// Seed copies every regular file of src into the filesystem under "/".
func (f *FS) Seed(src fs.FS) error {
	return fs.WalkDir(src, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if p == "." {
			return nil
		}
		if d.IsDir() {
			return f.Mkdir("/" + p)
		}
		b, err := fs.ReadFile(src, p)
		if err != nil {
			return err
		}
		return f.WriteFile("/"+p, b)
	})
}

func (f *FS) used() int64 {
	var n int64
	for _, b := range f.files {
		n += int64(len(b))
	}
	return n
}

// Usage returns the bytes used and the capacity (0: unlimited).
func (f *FS) Usage() (used, capacity int64) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.used(), f.capacity
}

// ReadFile returns a copy of the file's content.
func (f *FS) ReadFile(p string) ([]byte, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.dirs[p] {
		return nil, ErrIsDir
	}
	b, ok := f.files[p]
	if !ok {
		return nil, ErrNotExist
	}
	return append([]byte(nil), b...), nil
}

// WriteFile replaces (or creates) a file.
func (f *FS) WriteFile(p string, b []byte) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.dirs[p] {
		return ErrIsDir
	}
	if !f.dirs[path.Dir(p)] {
		return ErrNotExist
	}
	if f.capacity > 0 && f.used()-int64(len(f.files[p]))+int64(len(b)) > f.capacity {
		return ErrNoSpace
	}
	f.files[p] = append([]byte(nil), b...)
	return nil
}

// Append adds b to the end of a file (which must exist).
func (f *FS) Append(p string, b []byte) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	old, ok := f.files[p]
	if !ok {
		return ErrNotExist
	}
	if f.capacity > 0 && f.used()+int64(len(b)) > f.capacity {
		return ErrNoSpace
	}
	f.files[p] = append(old, b...)
	return nil
}

// Stat reports whether p exists, whether it is a directory, and its size.
func (f *FS) Stat(p string) (isDir bool, size int64, err error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.dirs[p] {
		return true, 0, nil
	}
	if b, ok := f.files[p]; ok {
		return false, int64(len(b)), nil
	}
	return false, 0, ErrNotExist
}

// Mkdir creates a directory; its parent must exist.
func (f *FS) Mkdir(p string) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.dirs[p] {
		return ErrExist
	}
	if _, ok := f.files[p]; ok {
		return ErrExist
	}
	if !f.dirs[path.Dir(p)] {
		return ErrNotExist
	}
	f.dirs[p] = true
	return nil
}

// List returns the names in directory p, sorted.
func (f *FS) List(p string) ([]string, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if !f.dirs[p] {
		if _, ok := f.files[p]; ok {
			return nil, ErrNotDir
		}
		return nil, ErrNotExist
	}
	var names []string
	add := func(q string) {
		if q != "/" && path.Dir(q) == p {
			names = append(names, path.Base(q))
		}
	}
	for q := range f.files {
		add(q)
	}
	for q := range f.dirs {
		add(q)
	}
	sort.Strings(names)
	return names, nil
}

// Remove deletes a file.
func (f *FS) Remove(p string) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.dirs[p] {
		return ErrIsDir
	}
	if _, ok := f.files[p]; !ok {
		return ErrNotExist
	}
	delete(f.files, p)
	return nil
}

// Rmdir deletes an empty directory.
func (f *FS) Rmdir(p string) error {
	f.mu.Lock()
	if !f.dirs[p] || p == "/" {
		f.mu.Unlock()
		if p == "/" {
			return ErrExist
		}
		return ErrNotExist
	}
	f.mu.Unlock()
	names, err := f.List(p)
	if err != nil {
		return err
	}
	if len(names) > 0 {
		return ErrNotEmpty
	}
	f.mu.Lock()
	delete(f.dirs, p)
	f.mu.Unlock()
	return nil
}

// Rename moves a file (directories: only empty ones).
func (f *FS) Rename(from, to string) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if b, ok := f.files[from]; ok {
		if !f.dirs[path.Dir(to)] {
			return ErrNotExist
		}
		if f.dirs[to] {
			return ErrIsDir
		}
		delete(f.files, from)
		f.files[to] = b
		return nil
	}
	if f.dirs[from] {
		for q := range f.files {
			if strings.HasPrefix(q, from+"/") {
				return ErrNotEmpty
			}
		}
		delete(f.dirs, from)
		f.dirs[to] = true
		return nil
	}
	return ErrNotExist
}
