# textwrap: wrap/fill/shorten/dedent/indent and TextWrapper options
import textwrap

text = ("The quick brown fox jumps over the lazy dog. Pack my box with five dozen "
        "liquor jugs! How vexingly quick daft zebras jump? Sphinx of black quartz, "
        "judge my vow.  Well-known, state-of-the-art, e-mail--and so on.")
for width in (1, 5, 10, 20, 33, 70, 200):
    print(width, textwrap.wrap(text, width))
print(textwrap.fill(text, 40))
print(textwrap.fill(text, 40, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap(text, 30, fix_sentence_endings=True))
print(textwrap.wrap(text, 25, break_on_hyphens=False))
print(textwrap.wrap("supercalifragilisticexpialidocious and more", 10, break_long_words=False))
print(textwrap.wrap("supercalifragilisticexpialidocious and more", 10))
print(textwrap.wrap("a-very-long-hyphenated-compound-word-here", 12))
print(textwrap.wrap("---------- ----- x", 4))
print(textwrap.wrap("  leading and trailing   ", 10))
print(textwrap.wrap("  leading and trailing   ", 10, drop_whitespace=False))
print(textwrap.wrap("tabs\there\tand\tthere", 12), textwrap.wrap("tabs\there", 12, tabsize=4),
      textwrap.wrap("tabs\there", 12, expand_tabs=False))
print(textwrap.wrap("lines\nand\rreturns\x0bvt\x0cff", 40), textwrap.wrap("a\nb", 40, replace_whitespace=False))
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10), textwrap.fill("", 10) == "")
print(textwrap.wrap(text, 30, max_lines=3), textwrap.wrap(text, 30, max_lines=2, placeholder="..."))
print(textwrap.wrap(text, 12, max_lines=1, placeholder=" (more)"))
print(textwrap.wrap("Hello world!", 12, max_lines=1), textwrap.wrap("Hello  world!", 11, max_lines=1))
for bad in ({"width": 0}, {"width": -3}, {"width": 4, "max_lines": 1, "placeholder": " [.....]"},
            {"width": 6, "max_lines": 2, "subsequent_indent": "    ", "placeholder": "..."}):
    try:
        print(textwrap.wrap("some words here", **bad))
    except ValueError as e:
        print("ValueError", e)
print(repr(textwrap.shorten("Hello  world!", width=12)), repr(textwrap.shorten("Hello  world!", width=11)))
print(repr(textwrap.shorten("Hello world!", width=10, placeholder="...")), repr(textwrap.shorten(text, 50)))
print(repr(textwrap.shorten("   spaced    out   text   ", 100)))

w = textwrap.TextWrapper(width=15, initial_indent="> ", subsequent_indent="| ")
print(w.wrap(text[:80]), w.width, w.tabsize, w.placeholder, w.max_lines)
w.width = 25
print(w.fill(text[:80]))
print(textwrap.TextWrapper()._split("a well-known em--dash, co-op-erate 12-34 x-"))
print(textwrap.TextWrapper(break_on_hyphens=False)._split("a well-known\tem--dash"))

# dedent and indent
print(repr(textwrap.dedent("    a\n      b\n    c\n")))
print(repr(textwrap.dedent("  a\n\tb\n")), repr(textwrap.dedent("\ta\n\t  b\n\t\tc")))
print(repr(textwrap.dedent("    a\n   \n        b\n  \t\n")), repr(textwrap.dedent("a\n  b")))
print(repr(textwrap.dedent("   \n\n   ")), repr(textwrap.dedent("")), repr(textwrap.dedent("  x\r\n  y\r\n")))
print(repr(textwrap.dedent(" \t a\n \t b\n \t\tc")), repr(textwrap.dedent("  a\n \tb")))
print(repr(textwrap.indent("a\n\nb\n  \nc", "> ")), repr(textwrap.indent("a\r\nb\rc", "+")))
print(repr(textwrap.indent("a\n\nb\n", "# ", lambda line: True)), repr(textwrap.indent("", "x")))
print(repr(textwrap.indent("one\ntwo\n", "-", predicate=lambda l: l.startswith("t"))))
