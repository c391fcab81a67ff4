import string
from string import Template
for name in ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'digits', 'hexdigits', 'octdigits', 'punctuation', 'whitespace', 'printable']:
    print(name, repr(getattr(string, name)))
print(string.capwords('hello   wORLD  foo'), string.capwords('a-b-c', '-'))
t = Template('$who likes ${what}s, cost $$5')
print(t.substitute(who='tim', what='kung pao'), t.substitute({'who': 'a', 'what': 'b'}, who='kw'))
print(Template('$a and $b').safe_substitute(a=1), Template('$a $ b').safe_substitute(a=1))
for tmpl, kw in [('$who', {}), ('x\ny $ z', {}), ('${bad', {}), ('$1', {})]:
    try:
        print(Template(tmpl).substitute(**kw))
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
print(Template('$a ${b} $a $$c').get_identifiers(), Template('$').is_valid(), Template('ok $x').is_valid())
print(string.Formatter().format('{0}-{x}', 1, x=2))
