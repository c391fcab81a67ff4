print('single', "double")
print('''triple single''', """triple double""")
print('it\'s', "say \"hi\"", "it's", 'say "hi"')
print("""line1
line2""")
print('a' 'b' "c")  # implicit concatenation
print(("x"
       "y"))
print(len(''), len(""), len(""""""))
