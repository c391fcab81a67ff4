# bench: pi digits: a streaming spigot over big integers
# params 1000MHz 64MiB: N = 2500
# params 48MHz 128KiB: N = 200
# params 16MHz 8KiB: N = 40

# The digits of pi come out of a linear fractional transformation
# (q r / 0 t) that is composed with one term of a series at a time; a digit
# is emitted once the next two terms cannot change it. All arithmetic is on
# integers that grow with the number of digits produced.


def pi_digits(n):
    q, r, t, k = 1, 0, 1, 1
    digits = []
    while len(digits) < n:
        # Compose with the k-th term: (k, 4k+2; 0, 2k+1).
        q, r, t = q * k, (2 * q + r) * (2 * k + 1), t * (2 * k + 1)
        k += 1
        if q > r:
            continue
        d = (3 * q + r) // t
        if d == (4 * q + r) // t:
            digits.append(d)
            q, r = 10 * q, 10 * (r - d * t)
    return digits


digits = pi_digits(N)
text = "".join([str(d) for d in digits])
print(text[:1] + "." + text[1:21])
print("last", text[-20:])
print("digit sum", sum(digits))
