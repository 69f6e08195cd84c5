"""re.Scanner: a simple lexer built from (pattern, action) pairs.

Undocumented in CPython but used by some programs.  All phrases are joined
into one alternation, each wrapped in a capturing group; a match's
lastindex (the wrapper closes after any groups inside it) tells which
phrase matched.
"""


class Scanner:
    def __init__(self, lexicon, flags=0):
        from . import _compile
        self.lexicon = lexicon
        parts = []
        self._actions = {}
        index = 1
        for phrase, action in lexicon:
            parts.append("(%s)" % phrase)
            self._actions[index] = action
            # Groups inside the phrase come after its wrapper group.
            index += 1 + _compile(phrase, flags).groups
        self.scanner = _compile("|".join(parts), flags)

    def scan(self, string):
        result = []
        match = self.scanner.scanner(string).match
        i = 0
        while True:
            m = match()
            if not m:
                break
            j = m.end()
            if i == j:
                break
            action = self._actions[m.lastindex]
            if callable(action):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                result.append(action)
            i = j
        return result, string[i:]
