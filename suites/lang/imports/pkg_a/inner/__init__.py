# helper package (not a test)
