# tempfile for refinterp: temporary directories and named files.
import os as _os

__all__ = ['gettempdir', 'gettempprefix', 'mkdtemp', 'TemporaryDirectory',
           'NamedTemporaryFile', 'TemporaryFile', 'TMP_MAX', 'tempdir', 'template']

TMP_MAX = 10000
template = 'tmp'
tempdir = None
_characters = 'abcdefghijklmnopqrstuvwxyz0123456789_'


def gettempprefix():
    return template


def gettempdir():
    global tempdir
    if tempdir is None:
        for name in ('TMPDIR', 'TEMP', 'TMP'):
            d = _os.environ.get(name)
            if d and _os.path.isdir(d):
                tempdir = d
                break
        else:
            tempdir = '/tmp'
    return tempdir


def _names():
    import random
    rng = random.Random()
    while True:
        yield ''.join(rng.choice(_characters) for _ in range(8))


def _sanitize(suffix, prefix, dir):
    if suffix is None:
        suffix = ''
    if prefix is None:
        prefix = template
    if dir is None:
        dir = gettempdir()
    return suffix, prefix, dir


def mkdtemp(suffix=None, prefix=None, dir=None):
    suffix, prefix, dir = _sanitize(suffix, prefix, dir)
    names = _names()
    for _ in range(TMP_MAX):
        file = _os.path.join(dir, prefix + next(names) + suffix)
        try:
            _os.mkdir(file, 0o700)
        except FileExistsError:
            continue
        return _os.path.abspath(file)
    raise FileExistsError('No usable temporary directory name found')


def _create_file(suffix, prefix, dir, mode, encoding, errors, newline):
    suffix, prefix, dir = _sanitize(suffix, prefix, dir)
    names = _names()
    for _ in range(TMP_MAX):
        name = _os.path.abspath(_os.path.join(dir, prefix + next(names) + suffix))
        try:
            open(name, 'xb').close()
        except FileExistsError:
            continue
        mode = mode.replace('x', 'r').replace('w', 'r') if '+' in mode else mode
        return name, open(name, mode, encoding=encoding, errors=errors, newline=newline) \
            if 'b' not in mode else open(name, mode)
    raise FileExistsError('No usable temporary file name found')


class _TemporaryFileWrapper:
    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._closed = False

    def __getattr__(self, name):
        return getattr(self.__dict__['file'], name)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        self.close()
        return None

    def close(self):
        if not self._closed:
            self._closed = True
            self.file.close()
            if self.delete:
                try:
                    _os.unlink(self.name)
                except FileNotFoundError:
                    pass

    def __iter__(self):
        for line in self.file:
            yield line

    def __repr__(self):
        return '<tempfile._TemporaryFileWrapper object at 0x%x>' % id(self)


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None,
                       suffix=None, prefix=None, dir=None, delete=True, *, errors=None):
    name, file = _create_file(suffix, prefix, dir, mode, encoding, errors, newline)
    return _TemporaryFileWrapper(file, name, delete)


def TemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None,
                  suffix=None, prefix=None, dir=None, *, errors=None):
    name, file = _create_file(suffix, prefix, dir, mode, encoding, errors, newline)
    _os.unlink(name)  # POSIX: the open file lives on without a name
    return file


class TemporaryDirectory:
    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._done = False

    def __repr__(self):
        return '<{} {!r}>'.format(self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def cleanup(self):
        if not self._done and _os.path.exists(self.name):
            import shutil
            shutil.rmtree(self.name, ignore_errors=self._ignore_cleanup_errors)
        self._done = True
