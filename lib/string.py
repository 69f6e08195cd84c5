"""Character classes, capwords, $-substitution templates and a customisable
str.format engine (ferrython's implementation, behaving as CPython 3.11's)."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

import re as _re
from collections import ChainMap as _ChainMap

whitespace = " \t\n\r\x0b\x0c"
ascii_lowercase = "abcdefghijklmnopqrstuvwxyz"
ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ascii_letters = ascii_lowercase + ascii_uppercase
digits = "0123456789"
hexdigits = digits + "abcdef" + "ABCDEF"
octdigits = "01234567"
punctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Splits s (on sep), capitalizes every word and joins them again."""
    return (sep or " ").join([w.capitalize() for w in s.split(sep)])


# ---------------------------------------------------------------------------
# Template

_sentinel_dict = {}


def _template_pattern(cls):
    delim = _re.escape(cls.delimiter)
    ident = cls.idpattern
    braced = cls.braceidpattern or cls.idpattern
    # One alternative per kind of placeholder; the last catches a delimiter
    # followed by anything else.
    source = (
        "\n    %(d)s(?:\n"
        "      (?P<escaped>%(d)s)  |\n"
        "      (?P<named>%(i)s)  |\n"
        "      {(?P<braced>%(b)s)}  |\n"
        "      (?P<invalid>)\n"
        "    )\n    " % {"d": delim, "i": ident, "b": braced}
    )
    return source


class Template:
    """A string with $-placeholders: $name, ${name}; $$ is a literal $."""

    delimiter = "$"
    idpattern = r"(?a:[_a-z][_a-z0-9]*)"
    braceidpattern = None
    flags = _re.IGNORECASE

    def __init_subclass__(cls):
        super().__init_subclass__()
        if "pattern" in cls.__dict__:
            pattern = cls.pattern
        else:
            pattern = _template_pattern(cls)
        cls.pattern = _re.compile(pattern, cls.flags | _re.VERBOSE)

    def __init__(self, template):
        self.template = template

    def _invalid(self, mo):
        i = mo.start("invalid")
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len("".join(lines[:-1]))
            lineno = len(lines)
        raise ValueError("Invalid placeholder in string: line %d, col %d"
                         % (lineno, colno))

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainMap(kws, mapping)

        def convert(mo):
            named = mo.group("named") or mo.group("braced")
            if named is not None:
                return str(mapping[named])
            if mo.group("escaped") is not None:
                return self.delimiter
            if mo.group("invalid") is not None:
                self._invalid(mo)
            raise ValueError("Unrecognized named group in pattern", self.pattern)

        return self.pattern.sub(convert, self.template)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainMap(kws, mapping)

        def convert(mo):
            named = mo.group("named") or mo.group("braced")
            if named is not None:
                try:
                    return str(mapping[named])
                except KeyError:
                    return mo.group()
            if mo.group("escaped") is not None:
                return self.delimiter
            if mo.group("invalid") is not None:
                return mo.group()
            raise ValueError("Unrecognized named group in pattern", self.pattern)

        return self.pattern.sub(convert, self.template)

    def is_valid(self):
        for mo in self.pattern.finditer(self.template):
            if mo.group("invalid") is not None:
                return False
            if (mo.group("named") is None and mo.group("braced") is None
                    and mo.group("escaped") is None):
                raise ValueError("Unrecognized named group in pattern", self.pattern)
        return True

    def get_identifiers(self):
        ids = []
        for mo in self.pattern.finditer(self.template):
            named = mo.group("named") or mo.group("braced")
            if named is not None and named not in ids:
                ids.append(named)
            elif (named is None and mo.group("invalid") is None
                    and mo.group("escaped") is None):
                raise ValueError("Unrecognized named group in pattern", self.pattern)
        return ids


Template.__init_subclass__()


# ---------------------------------------------------------------------------
# Formatter: the str.format machinery with overridable steps


def _parse_format(s):
    """Yields (literal, field_name, format_spec, conversion) like str.format's parser."""
    n = len(s)
    pos = 0
    while pos < n:
        start = pos
        c = ""
        markup = False
        while pos < n:
            c = s[pos]
            pos += 1
            if c == "{" or c == "}":
                markup = True
                break
        if not markup:
            yield s[start:pos], None, None, None
            return
        at_end = pos >= n
        length = pos - start
        if c == "}" and (at_end or s[pos] != "}"):
            raise ValueError("Single '}' encountered in format string")
        if at_end and c == "{":
            raise ValueError("Single '{' encountered in format string")
        if s[pos] == c:
            # a doubled brace is literal text; nothing follows it
            pos += 1
            yield s[start:start + length], None, None, None
            continue
        literal = s[start:start + length - 1]
        # the field name ends at '}', ':' or '!' (brackets may hide them)
        name_start = pos
        c = ""
        while pos < n:
            c = s[pos]
            pos += 1
            if c == "{":
                raise ValueError("unexpected '{' in field name")
            if c == "[":
                while pos < n and s[pos] != "]":
                    pos += 1
                continue
            if c == "}" or c == ":" or c == "!":
                break
        field_name = s[name_start:pos - 1]
        conversion = None
        if c == "!" or c == ":":
            if c == "!":
                if pos >= n:
                    raise ValueError("end of string while looking for conversion specifier")
                conversion = s[pos]
                pos += 1
                if pos < n:
                    c = s[pos]
                    pos += 1
                    if c == "}":
                        yield literal, field_name, "", conversion
                        continue
                    if c != ":":
                        raise ValueError("expected ':' after conversion specifier")
            spec_start = pos
            depth = 1
            found = False
            while pos < n:
                c = s[pos]
                pos += 1
                if c == "{":
                    depth += 1
                elif c == "}":
                    depth -= 1
                    if depth == 0:
                        found = True
                        break
            if not found:
                raise ValueError("unmatched '{' in format spec")
            yield literal, field_name, s[spec_start:pos - 1], conversion
        elif c != "}":
            raise ValueError("expected '}' before end of string")
        else:
            yield literal, field_name, "", None


def _as_index(text):
    if text and text.isdecimal():
        return int(text)
    return None


def _split_field_name(name):
    """(first, [(is_attribute, key), ...]) as str.format resolves a field name."""
    n = len(name)
    i = 0
    while i < n and name[i] != "." and name[i] != "[":
        i += 1
    first = name[:i]
    idx = _as_index(first)
    if idx is not None:
        first = idx
    rest = []
    while i < n:
        c = name[i]
        i += 1
        if c == ".":
            j = i
            while j < n and name[j] != "." and name[j] != "[":
                j += 1
            if j == i:
                raise ValueError("Empty attribute in format string")
            rest.append((True, name[i:j]))
            i = j
        elif c == "[":
            j = i
            while j < n and name[j] != "]":
                j += 1
            if j >= n:
                raise ValueError("Missing ']' in format string")
            key = name[i:j]
            if key == "":
                raise ValueError("Empty attribute in format string")
            idx = _as_index(key)
            rest.append((False, idx if idx is not None else key))
            i = j + 1
            if i < n and name[i] != "." and name[i] != "[":
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
    return first, rest


class Formatter:
    """str.format as a class whose steps (parse, get_field, convert_field,
    format_field, ...) can be overridden."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError("Max string recursion exceeded")
        pieces = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                pieces.append(literal_text)
            if field_name is None:
                continue
            if field_name == "":
                if auto_arg_index is False:
                    raise ValueError("cannot switch from manual field "
                                     "specification to automatic field numbering")
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    raise ValueError("cannot switch from manual field "
                                     "specification to automatic field numbering")
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            format_spec, auto_arg_index = self._vformat(
                format_spec, args, kwargs, used_args, recursion_depth - 1,
                auto_arg_index=auto_arg_index)
            pieces.append(self.format_field(obj, format_spec))
        return "".join(pieces), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == "s":
            return str(value)
        if conversion == "r":
            return repr(value)
        if conversion == "a":
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, key in rest:
            if is_attr:
                obj = getattr(obj, key)
            else:
                obj = obj[key]
        return obj, first
