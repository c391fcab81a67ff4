# bench: word count: split generated text and count words in a dict with string keys
# params 1000MHz 64MiB: N = 200000
# params 48MHz 128KiB: N = 3000
# params 16MHz 8KiB: N = 60

SYLLABLES = ("ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "ze", "an", "el", "or")


def make_page(state, n):
    # n words of one to three syllables picked by a small linear congruential
    # generator, in lines of twelve; returns the text and the generator state.
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
    if words:
        lines.append(" ".join(words))
    return "\n".join(lines), state


def count_words(text, counts):
    for line in text.split("\n"):
        for word in line.split():
            word = word.strip(".,").lower()
            counts[word] = counts.get(word, 0) + 1


# The text is made and counted a page at a time (a small page on a small
# board), so only the counts grow with N.
counts = {}
state = 1
page = 6000 if N > 10000 else 24
done = 0
while done < N:
    n = min(page, N - done)
    text, state = make_page(state, n)
    count_words(text, counts)
    done += n
text = None
ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
print("distinct", len(counts), "total", sum(counts.values()))
for word, n in ranked[:8]:
    print("%-8s %d" % (word, n))
print("rarest", ranked[-1])
