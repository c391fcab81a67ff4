import textwrap

text = ("The quick brown fox jumps over the lazy dog. Python's well-known "
        "text-wrapping module handles hyphenated-words, em--dashes and "
        "supercalifragilisticexpialidocious long words gracefully.\tTabs too.  "
        "Double  spaces   and a-b-c x-1 e-mail co-op -leading trailing- 12-34.")
for w in (10, 15, 20, 33, 40, 70):
    print(w, textwrap.wrap(text, w))
print(textwrap.fill(text, 30, initial_indent='* ', subsequent_indent='  '))
print(textwrap.wrap(text, 25, break_on_hyphens=False))
print(textwrap.wrap(text, 12, break_long_words=False))
print(textwrap.wrap(text, 20, drop_whitespace=False))
print(textwrap.wrap(text, 20, max_lines=3))
print(textwrap.wrap(text, 20, max_lines=2, placeholder='...'))
print(textwrap.wrap('  leading and trailing  ', 10))
print(textwrap.wrap('', 10), textwrap.wrap('   ', 10), textwrap.wrap('a\nb\tc', 3))
print(textwrap.wrap('Hello there. How are you? Fine.', 15, fix_sentence_endings=True))
print(repr(textwrap.shorten('Hello  world!  This is a test of shorten.', 20)))
print(repr(textwrap.shorten('Hello world', 11)), repr(textwrap.shorten('Hello world!', 11)))
print(repr(textwrap.shorten('Hello world', 12, placeholder=' ..')))
try:
    textwrap.wrap('x', 0)
except ValueError as e:
    print(e)
try:
    textwrap.shorten('hello world foo', 3)
except ValueError as e:
    print(e)
s = '''
    def f():
        return 1
      \t
    # end
'''
print(repr(textwrap.dedent(s)))
print(repr(textwrap.dedent('  a\n\tb\n')), repr(textwrap.dedent('\t  a\n\t b\n')), repr(textwrap.dedent('a\n  b')))
print(repr(textwrap.indent('one\n\ntwo\n  \nthree', '> ')))
print(repr(textwrap.indent('one\n\ntwo\n', '+', lambda line: True)))
w = textwrap.TextWrapper(width=16, subsequent_indent='    ', tabsize=4, expand_tabs=True)
print(w.wrap('\tindented\ttabs are expanded before wrapping'))
print(w.fill('aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa-bbbbbbbbbb'))
