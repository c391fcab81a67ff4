# A sweep over widths and options on pseudo-random text.
import textwrap
words = ['a', 'bb', 'ccc', 'dddd-eeee', 'f--g', 'hyper-text-markup', 'x'*23, '12-34', 'end.', 'Mr.', 'well-', '-ish', 'tab\there', 'new\nline', '  ', 'é-ü']
seq = []
k = 7
for i in range(300):
    k = (k * 1103515245 + 12345) % (2**31)
    seq.append(words[k % len(words)])
text = ' '.join(seq)
for w in range(1, 60, 3):
    for kw in ({}, {'break_on_hyphens': False}, {'break_long_words': False}, {'drop_whitespace': False}, {'max_lines': 3}, {'initial_indent': '>>', 'subsequent_indent': '.'}):
        try:
            print(w, kw, textwrap.wrap(text[:200], w, **kw))
        except ValueError as e:
            print(w, kw, 'ValueError', e)
