# helper module (not a test): star-import with __all__
__all__ = ["exported", "also"]
exported = "exported value"
also = "also exported"
not_listed = "not in __all__"
