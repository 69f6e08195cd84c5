"""Start-up configuration, imported automatically unless -S is given. Like CPython's,
it imports os (to find site directories); ferrython has no site-packages yet."""

import sys
import os

ENABLE_USER_SITE = False
PREFIXES = [sys.prefix] if hasattr(sys, "prefix") else []
USER_SITE = None
USER_BASE = None


def getsitepackages(prefixes=None):
    return []


def getuserbase():
    return USER_BASE


def getusersitepackages():
    return USER_SITE


def main():
    pass
