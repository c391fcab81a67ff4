# bench: AES-128 rounds on integers: S-box built from GF(2^8) inverses, CBC over N blocks
# params 1000MHz 64MiB: N = 2500
# params 48MHz 64KiB: N = 40
# params 16MHz 16KiB: N = 4


def gmul(a, b):
    # Multiplication in GF(2^8) modulo x^8 + x^4 + x^3 + x + 1.
    p = 0
    while b:
        if b & 1:
            p ^= a
        a <<= 1
        if a & 0x100:
            a ^= 0x11B
        b >>= 1
    return p


def make_sbox():
    # Inverses through logarithms to the generator 3, then the affine map.
    # Tables are bytearrays, as on a microcontroller.
    exp = bytearray(255)
    log = bytearray(256)
    x = 1
    for i in range(255):
        exp[i] = x
        log[x] = i
        x = gmul(x, 3)
    sbox = bytearray(256)
    for a in range(256):
        x = exp[(255 - log[a]) % 255] if a else 0
        s = x
        for _ in range(4):
            x = ((x << 1) | (x >> 7)) & 0xFF
            s ^= x
        sbox[a] = s ^ 0x63
    return sbox


SBOX = make_sbox()
XT = bytearray(256)
for a in range(256):
    XT[a] = gmul(a, 2)


def expand_key(key):
    words = [key[i : i + 4] for i in range(0, 16, 4)]
    rcon = 1
    for i in range(4, 44):
        w = list(words[i - 1])
        if i % 4 == 0:
            w = w[1:] + w[:1]
            w = [SBOX[b] for b in w]
            w[0] ^= rcon
            rcon = XT[rcon]
        words.append([w[j] ^ words[i - 4][j] for j in range(4)])
    return [sum(words[4 * r : 4 * r + 4], []) for r in range(11)]


def encrypt_block(block, round_keys):
    s = [block[i] ^ round_keys[0][i] for i in range(16)]
    for rnd in range(1, 11):
        s = [SBOX[b] for b in s]
        # ShiftRows: the state is column-major, row r rotates left by r.
        s = [s[(i + 4 * (i % 4)) % 16] for i in range(16)]
        if rnd != 10:
            t = []
            for c in range(0, 16, 4):
                a0, a1, a2, a3 = s[c], s[c + 1], s[c + 2], s[c + 3]
                x = a0 ^ a1 ^ a2 ^ a3
                t.append(a0 ^ x ^ XT[a0 ^ a1])
                t.append(a1 ^ x ^ XT[a1 ^ a2])
                t.append(a2 ^ x ^ XT[a2 ^ a3])
                t.append(a3 ^ x ^ XT[a3 ^ a0])
            s = t
        k = round_keys[rnd]
        s = [s[i] ^ k[i] for i in range(16)]
    return s


def hexs(b):
    return "".join(["%02x" % x for x in b])


keys = expand_key(list(range(16)))
known = encrypt_block([(i << 4) | i for i in range(16)], keys)
print("FIPS-197 vector", "ok" if hexs(known) == "69c4e0d86a7b0430d8cdb78070b4c55a" else "WRONG " + hexs(known))
chain = [0] * 16
for n in range(N):
    block = [(n * 7 + i * 13) & 0xFF for i in range(16)]
    chain = encrypt_block([block[i] ^ chain[i] for i in range(16)], keys)
print("blocks", N, "last", hexs(chain))
