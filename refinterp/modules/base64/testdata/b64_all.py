import base64
import binascii

for data in [b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', bytes(range(256))[:40], b'\xfb\xff\xfe']:
    e = base64.b64encode(data)
    print(e, base64.b64decode(e) == data, base64.urlsafe_b64encode(data), base64.b32encode(data),
          base64.b32hexencode(data), base64.b16encode(data))
    assert base64.b32decode(base64.b32encode(data)) == data
    assert base64.b32hexdecode(base64.b32hexencode(data)) == data
    assert base64.b16decode(base64.b16encode(data)) == data
    assert base64.urlsafe_b64decode(base64.urlsafe_b64encode(data)) == data
print(base64.b64decode('aGVsbG8gd29ybGQ='), base64.b64decode(b'aGVs bG8=\n'), base64.b64encode(b'\xfb\xff', altchars=b'-_'))
print(base64.standard_b64encode(b'xyz'), base64.standard_b64decode('eHl6'), base64.urlsafe_b64decode('-_8='))
print(base64.b32decode('mzxw6ytb', casefold=True), base64.b16decode('666f6f', casefold=True), base64.b32decode('MZXW6===', map01=b'L'))
print(base64.encodebytes(b'x' * 100), base64.decodebytes(b'eHh4\n'))
for bad, fn in [('aGk', base64.b64decode), ('a', base64.b64decode), ('MZXW6', base64.b32decode), ('MZXW6!==', base64.b32decode),
                ('6G', base64.b16decode), ('aG!k=', lambda s: base64.b64decode(s, validate=True))]:
    try:
        print(fn(bad))
    except binascii.Error as e:
        print(type(e).__name__, e)
try:
    base64.b64encode('str')
except TypeError as e:
    print(e)
try:
    base64.b64decode('é')
except ValueError as e:
    print(e)
