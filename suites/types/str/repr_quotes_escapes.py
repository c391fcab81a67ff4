for s in ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "nl\n", "\\", "\x00\x1f\x7f",
          "é", "€", "\u200b", "😀", "\r", "'", '"']:
    print(repr(s))
print(repr(""), ascii("é€😀"))
