# string: Formatter (parse, vformat, fields, conversions, errors), capwords, constants, Template
import string
F = string.Formatter()
for s in ['a{{b}}c{x!r:>{w}}d', '', 'abc', '{}', '{0}{1:}{2!s}', '{a[1]:x}', '{a[:]}', '{a[}', '{!}', '{a!}', '{a!rx}', '{a!r', '{a', 'x}', 'x}}', '{{', '}}', '{a{b}c}', '{a:{b:{c}}}', '{0[a]b}', '{:}', '{a.b[c].d}', '{a]b}', '{!r}', '{a!:x}', 'x{', '{{}}', '{a:}}', '{ab{}', '{a!', '{a!r}x{b!s:}']:
    try: print(repr(s), list(F.parse(s)))
    except Exception as e: print(repr(s), type(e).__name__, e)
class O: x = 5; y = [1, {'k': 'v'}]
for s, a, k in [('{} {}', (1, 2), {}), ('{0} {0!r} {n:>5}', ('a',), {'n': 3}), ('{o.x} {o.y[1][k]} {o.y[0]:03}', (), {'o': O}), ('{:{w}.{p}f}', (3.14159,), {'w': 10, 'p': 2}),
                ('{0}{}', (1, 2), {}), ('{}{0}', (1, 2), {}), ('{:{:{}}}', (1, 2, 3), {}), ('{x!z}', (), {'x': 1}), ('{0[]}', ([1],), {}), ('{a.}', (), {'a': 1}), ('{0[0]x}', ([1],), {}), ('{}', (), {}), ('{x}', (), {}), ('{!a}', ('é',), {})]:
    try: print(repr(F.vformat(s, a, k)))
    except Exception as e: print(repr(s), type(e).__name__, e)
print(F.format('{self} {format_string}', self=1, format_string=2))
print(string.capwords(' hello   world  foo '), string.capwords('a-b-c', '-'), string.capwords('aBC dEF'))
print(string.printable.encode(), string.punctuation, string.hexdigits)
T = string.Template
t = T('$who likes ${what}; $$ is dollar; $x_1y')
print(t.substitute(who='tim', what='kung pao', x_1y=7))
print(t.safe_substitute(who='tim'))
print(t.substitute({'who': 1, 'what': 2}, x_1y=3, what=9))
for bad in ['$', 'a\nbc $1', '${who', 'x $ y']:
    try: print(T(bad).substitute(who=1))
    except Exception as e: print(type(e).__name__, e)
    print(repr(T(bad).safe_substitute()), T(bad).is_valid())
try: T('$nope').substitute()
except KeyError as e: print('KeyError', e)
print(T('$a $b ${a} $$ $c').get_identifiers(), T('$a').is_valid())
class D(T): delimiter = '%'
print(D('%who $x %%').substitute(who=1))
class I(T): idpattern = r'[a-z]+_[a-z]+'
print(I('$wh_o $x').safe_substitute(wh_o=5, x=1))
class B(T): braceidpattern = r'[^}]+'
print(B('${a b} $c').substitute({'a b': 1, 'c': 2}))
class P(T):
    pattern = r'''\[(?:(?P<escaped>\[)|(?P<named>[a-z]+)\]|(?P<braced>)(?!)|(?P<invalid>))'''
print(P('[abc] [[ ').substitute(abc=4))
class Fl(T): flags = 0
print(Fl('$ABC $abc').safe_substitute(abc=1, ABC=2))
print(T('$ÿ $a').safe_substitute(a=1))
