print("executing simple_mod as", __name__)
VALUE = 1
_hidden = 2


def func():
    return "simple_mod.func"
