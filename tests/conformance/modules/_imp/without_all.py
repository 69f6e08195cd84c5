visible = 1
_hidden = 2
__dunder = 3
