import keyword
print(keyword.kwlist)
print(keyword.softkwlist, len(keyword.kwlist))
for w in ['if', 'match', 'print', 'None', 'none', '_', 'async', 'case', '']:
    print(repr(w), keyword.iskeyword(w), keyword.issoftkeyword(w))
print(sorted(keyword.__all__))
