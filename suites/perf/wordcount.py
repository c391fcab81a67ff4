# bench: word count: split generated text and count words in a dict with string keys
# params 1000MHz 64MiB: N = 200000
# params 48MHz 128KiB: N = 3000
# params 16MHz 16KiB: N = 200

SYLLABLES = ("ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "ze", "an", "el", "or")


def make_text(n):
    # Words of one to three syllables picked by a small linear congruential
    # generator; lines of twelve words.
    state = 1
    lines = []
    words = []
    for i in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        k = state >> 8
        w = SYLLABLES[k % 12]
        if k & 0x300:
            w += SYLLABLES[(k >> 4) % 12]
        if k & 0xC00 == 0xC00:
            w += SYLLABLES[(k >> 12) % 12]
        if k & 0x7000 == 0:
            w = w.upper()
        words.append(w)
        if len(words) == 12:
            lines.append(" ".join(words) + ".")
            words = []
    lines.append(" ".join(words))
    return "\n".join(lines)


def count_words(text):
    counts = {}
    for line in text.split("\n"):
        for word in line.split():
            word = word.strip(".,").lower()
            counts[word] = counts.get(word, 0) + 1
    return counts


counts = count_words(make_text(N))
ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
print("distinct", len(counts), "total", sum(counts.values()))
for word, n in ranked[:8]:
    print("%-8s %d" % (word, n))
print("rarest", ranked[-1])
