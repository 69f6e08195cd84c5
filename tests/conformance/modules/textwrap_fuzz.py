# textwrap: many generated texts and option combinations (deterministic generator)
import textwrap

state = 12345
def rand(n):
    global state
    state = (state * 1103515245 + 12345) % 2**31
    return state % n

pieces = ["a", "b", "Z", "1", "-", "--", " ", "  ", "\t", "\n", ".", "!", "?", "'", '"', "_", "é",
          "x-y", "foo", "bar-baz", "co-op-erate", "1-2", "a--b", ",", "\u00a0", "---", "ab-", "-cd"]
splitter = textwrap.TextWrapper()
for i in range(250):
    text = "".join(pieces[rand(len(pieces))] for _ in range(rand(40)))
    print(repr(text), [c for c in splitter._split(text) if c])
    for width in (1, 3, 7, 12, 25):
        kw = dict(width=width, break_long_words=rand(10) < 7, break_on_hyphens=rand(10) < 7,
                  drop_whitespace=rand(10) < 7, fix_sentence_endings=rand(10) < 3,
                  replace_whitespace=rand(10) < 8, expand_tabs=rand(10) < 8, tabsize=(0, 2, 8)[rand(3)])
        if rand(10) < 3:
            kw["max_lines"] = 1 + rand(3)
            kw["placeholder"] = (" [...]", "..", "~")[rand(3)]
        if rand(10) < 3 and width >= 3:
            kw["initial_indent"] = "> "
            kw["subsequent_indent"] = ("", "  ")[rand(2)]
        try:
            print(width, textwrap.wrap(text, **kw))
        except ValueError as e:
            print(width, "ValueError", e)
    try:
        print(repr(textwrap.shorten(text, width=4 + rand(27))))
    except ValueError as e:
        print("ValueError", e)
    print(repr(textwrap.dedent(text)), repr(textwrap.indent(text, "+ ")))
