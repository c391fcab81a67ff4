# helper module (not a test): fails while importing
loaded_partially = True
raise ValueError("error during module import")
