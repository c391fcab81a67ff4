from .mod import value
NAME = "pkg"
