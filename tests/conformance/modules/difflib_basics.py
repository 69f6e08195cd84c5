import difflib
import random

s = difflib.SequenceMatcher(None, "abxcd", "abcd")
print(s.get_matching_blocks(), s.get_opcodes(), s.ratio(), s.quick_ratio(), s.real_quick_ratio())
s = difflib.SequenceMatcher(lambda x: x == " ", "private Thread currentThread;",
                            "private volatile Thread currentThread;")
print(round(s.ratio(), 3), s.get_matching_blocks())
for op in s.get_opcodes():
    print("%7s a[%d:%d] b[%d:%d]" % op)
s = difflib.SequenceMatcher(None, " abcd", "abcd abcd")
print(s.find_longest_match(0, 5, 0, 9), s.find_longest_match())
s = difflib.SequenceMatcher(lambda x: x == " ", " abcd", "abcd abcd")
print(s.find_longest_match(0, 5, 0, 9), s.bjunk, s.bpopular)
print(difflib.SequenceMatcher(None, "", "").ratio(), difflib.SequenceMatcher(None, "", "").get_opcodes())
print(difflib.SequenceMatcher(None, "abc", "").get_opcodes(), difflib.SequenceMatcher(None, "", "xy").get_opcodes())

# the popularity heuristic (autojunk) on long sequences
a = "x" * 100 + "abc" + "y" * 150
b = "y" * 150 + "abc" + "x" * 100 + "z" * 5
for aj in (True, False):
    m = difflib.SequenceMatcher(None, a, b, autojunk=aj)
    print(aj, sorted(m.bpopular), m.get_matching_blocks()[:4], round(m.ratio(), 4))
rng = random.Random(5)
la = [rng.choice("abcdefg") for _ in range(400)]
lb = [rng.choice("abcdefgh") for _ in range(450)]
for aj in (True, False):
    m = difflib.SequenceMatcher(None, la, lb, autojunk=aj)
    print(aj, sorted(m.bpopular), len(m.get_matching_blocks()), m.get_matching_blocks()[:5], m.ratio())
    print(m.get_opcodes()[:6])

text1 = """Lorem ipsum dolor sit amet
consectetur adipiscing elit
sed do eiusmod tempor
incididunt ut labore
et dolore magna aliqua
Ut enim ad minim veniam
quis nostrud exercitation
ullamco laboris nisi
ut aliquip ex ea commodo
consequat
""".splitlines(keepends=True)
text2 = """Lorem ipsum dolor sit amet
consectetur adipiscing elit!
sed do eiusmod tempor
incididunt ut labore
et dolore magna aliqua
Ut enim ad minim veniam
quis nostrud exercitation
ullamco laboris nisi
new line here
ut aliquip ex ea commodo
""".splitlines(keepends=True)
print("".join(difflib.unified_diff(text1, text2, "a.txt", "b.txt", "2020-01-01", "2020-01-02")), end="")
print("".join(difflib.unified_diff(text1, text2, n=1)), end="")
print("".join(difflib.context_diff(text1, text2, "a.txt", "b.txt")), end="")
print("".join(difflib.context_diff(text1, text2, n=0)), end="")
print(list(difflib.unified_diff(["a", "b"], ["a", "c"], lineterm="")))
print(list(difflib.unified_diff([], ["x\n"])), list(difflib.unified_diff(["x\n"], ["x\n"])))
print(list(difflib.context_diff(["x\n"], [])))
print("".join(difflib.ndiff(text1, text2)), end="")
diff = list(difflib.ndiff("one\ntwo\nthree\n".splitlines(1), "ore\ntree\nemu\n".splitlines(1)))
print("".join(diff), end="")
print("".join(difflib.restore(diff, 1)), end="")
print("".join(difflib.restore(diff, 2)), end="")
d = difflib.Differ()
print(list(d.compare(["abcDefghiJkl\n", "same\n", "\tindented line\n"],
                     ["abcdefGhijkl\n", "same\n", "  indented  line\n", "extra\n"])))
print(list(difflib.ndiff(["a\n", "totally different\n"], ["xyz\n", "qqq\n", "a\n"])))
print(list(difflib.Differ(difflib.IS_LINE_JUNK).compare(["#\n", "x\n", "\n"], ["x\n", "  #  \n", "y\n"])))
print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]))
import keyword
print(difflib.get_close_matches("wheel", keyword.kwlist), difflib.get_close_matches("apple", keyword.kwlist))
print(difflib.get_close_matches("accept", ["ape", "apple", "peach", "puppy", "accent", "except", "accepts"], n=2, cutoff=0.3))
for bad in [dict(n=0), dict(cutoff=1.5)]:
    try:
        difflib.get_close_matches("x", ["y"], **bad)
    except ValueError as e:
        print("ValueError", e)
print(difflib.IS_LINE_JUNK("\n"), difflib.IS_LINE_JUNK("  #   \n"), difflib.IS_LINE_JUNK("hello\n"),
      difflib.IS_CHARACTER_JUNK(" "), difflib.IS_CHARACTER_JUNK("\t"), difflib.IS_CHARACTER_JUNK("\n"))
try:
    list(difflib.unified_diff([b"x"], [b"y"]))
except TypeError as e:
    print("TypeError", e)
print(list(difflib.diff_bytes(difflib.unified_diff, [b"a\n", b"b\n"], [b"a\n", b"c\n"], b"f1", b"f2")))
m = difflib.SequenceMatcher(None, "qabxcd", "abycdf")
print(list(m.get_grouped_opcodes(1)), m.get_opcodes())
m = difflib.SequenceMatcher(None, list(range(30)), list(range(10)) + [99] + list(range(11, 25)) + [77])
print(list(m.get_grouped_opcodes()))
print(difflib.Match(1, 2, 3), difflib.Match(1, 2, 3).size)
try:
    list(difflib.restore([], 3))
except ValueError as e:
    print("ValueError", e)
