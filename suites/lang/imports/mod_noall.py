# helper module (not a test): star-import without __all__
public = "public"
_underscore = "skipped by star import"
