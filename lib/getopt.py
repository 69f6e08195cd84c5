"""Parser for command-line options in the style of C's getopt() (ferrython's own)."""

import os

__all__ = ["GetoptError", "error", "getopt", "gnu_getopt"]


class GetoptError(Exception):
    opt = ""
    msg = ""

    def __init__(self, msg, opt=""):
        self.msg = msg
        self.opt = opt
        Exception.__init__(self, msg, opt)

    def __str__(self):
        return self.msg


error = GetoptError


def _long_list(longopts):
    if isinstance(longopts, str):
        return [longopts]
    return list(longopts)


def getopt(args, shortopts, longopts=[]):
    """Parses options until the first non-option argument; returns (opts, args)."""
    opts = []
    longopts = _long_list(longopts)
    while args and args[0].startswith("-") and args[0] != "-":
        if args[0] == "--":
            args = args[1:]
            break
        if args[0].startswith("--"):
            opts, args = do_longs(opts, args[0][2:], longopts, args[1:])
        else:
            opts, args = do_shorts(opts, args[0][1:], shortopts, args[1:])
    return opts, args


def gnu_getopt(args, shortopts, longopts=[]):
    """Like getopt(), but options and non-option arguments may be intermixed."""
    opts = []
    rest = []
    longopts = _long_list(longopts)
    if shortopts.startswith("+"):
        shortopts = shortopts[1:]
        options_first = True
    else:
        options_first = bool(os.environ.get("POSIXLY_CORRECT"))
    while args:
        head = args[0]
        if head == "--":
            rest += args[1:]
            break
        if head[:2] == "--":
            opts, args = do_longs(opts, head[2:], longopts, args[1:])
        elif head[:1] == "-" and head != "-":
            opts, args = do_shorts(opts, head[1:], shortopts, args[1:])
        elif options_first:
            rest += args
            break
        else:
            rest.append(head)
            args = args[1:]
    return opts, rest


def do_longs(opts, opt, longopts, args):
    optarg = None
    if "=" in opt:
        opt, optarg = opt.split("=", 1)
    has_arg, opt = long_has_args(opt, longopts)
    if has_arg:
        if optarg is None:
            if not args:
                raise GetoptError("option --%s requires argument" % opt, opt)
            optarg, args = args[0], args[1:]
    elif optarg is not None:
        raise GetoptError("option --%s must not have an argument" % opt, opt)
    opts.append(("--" + opt, optarg or ""))
    return opts, args


def long_has_args(opt, longopts):
    matches = [o for o in longopts if o.startswith(opt)]
    if not matches:
        raise GetoptError("option --%s not recognized" % opt, opt)
    if opt in matches:
        return False, opt
    if opt + "=" in matches:
        return True, opt
    if len(matches) > 1:
        raise GetoptError("option --%s not a unique prefix" % opt, opt)
    full = matches[0]
    if full.endswith("="):
        return True, full[:-1]
    return False, full


def do_shorts(opts, optstring, shortopts, args):
    while optstring != "":
        opt, optstring = optstring[0], optstring[1:]
        if short_has_arg(opt, shortopts):
            if optstring == "":
                if not args:
                    raise GetoptError("option -%s requires argument" % opt, opt)
                optstring, args = args[0], args[1:]
            optarg, optstring = optstring, ""
        else:
            optarg = ""
        opts.append(("-" + opt, optarg))
    return opts, args


def short_has_arg(opt, shortopts):
    for i, c in enumerate(shortopts):
        if c == opt and c != ":":
            return shortopts.startswith(":", i + 1)
    raise GetoptError("option -%s not recognized" % opt, opt)
