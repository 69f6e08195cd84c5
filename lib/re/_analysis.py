"""Facts about syntax trees that the compiler and the search loop use:
literal runs, the first character or literal prefix of every match,
anchoring, and whether groups or backreferences occur."""


def merge_literals(items):
    """Join runs of 'lit' nodes with the same case mode into ('str', text, mode)
    nodes; c_str compiles them as one comparison."""
    out = []
    run = []
    mode = None
    for item in items:
        if item[0] == "lit" and (not run or item[2] == mode):
            run.append(item[1])
            mode = item[2]
            continue
        if run:
            out.append(("str", "".join(run), mode) if len(run) > 1 else ("lit", run[0], mode))
            run = []
        if item[0] == "lit":
            run.append(item[1])
            mode = item[2]
        else:
            out.append(item)
    if run:
        out.append(("str", "".join(run), mode) if len(run) > 1 else ("lit", run[0], mode))
    return out


def first_char(node):
    """The exact character every match of node starts with, or None."""
    k = node[0]
    if k == "lit" or k == "str":
        return node[1][0] if node[2] == 0 else None
    if k == "cat":
        return first_char(node[1][0]) if node[1] else None
    if k == "grp":
        return first_char(node[2])
    if k == "ncg" or k == "atomic":
        return first_char(node[1])
    if k == "rep":
        return first_char(node[1]) if node[2] >= 1 else None
    return None


def literal_prefix(node):
    """The case-sensitive literal text every match starts with ('' if none)."""
    k = node[0]
    if k == "lit":
        return node[1] if node[2] == 0 else ""
    if k == "cat":
        items = merge_literals(node[1])
        out = ""
        for item in items:
            if item[0] == "str" or item[0] == "lit":
                if item[2] != 0:
                    break
                out += item[1]
            else:
                sub = literal_prefix(item)
                out += sub
                break
        return out
    if k == "grp":
        return literal_prefix(node[2])
    if k == "ncg" or k == "atomic":
        return literal_prefix(node[1])
    return ""


def starts_anchored(node):
    k = node[0]
    if k == "at":
        return node[1] == "A"
    if k == "cat":
        return bool(node[1]) and starts_anchored(node[1][0])
    if k == "grp":
        return starts_anchored(node[2])
    if k == "ncg" or k == "atomic":
        return starts_anchored(node[1])
    return False


def has_refs(node):
    """True when node contains a backreference or a conditional."""
    k = node[0]
    if k == "bref" or k == "cond":
        return True
    if k == "cat" or k == "alt":
        return any(has_refs(x) for x in node[1])
    if k in ("ncg", "atomic", "rep", "look"):
        return has_refs(node[1])
    if k == "grp":
        return has_refs(node[2])
    return False


def has_groups(node):
    k = node[0]
    if k == "grp":
        return True
    if k == "cat" or k == "alt":
        return any(has_groups(x) for x in node[1])
    if k in ("ncg", "atomic", "rep", "look"):
        return has_groups(node[1])
    if k == "cond":
        return has_groups(node[2]) or (node[3] is not None and has_groups(node[3]))
    return False
