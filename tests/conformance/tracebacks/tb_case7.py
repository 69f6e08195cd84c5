raise ExceptionGroup("top", [ValueError("a"), ExceptionGroup("inner", [KeyError("k")])])
