"""Helpers for builtins implemented partly in Python (anext with a default)."""


async def anext_default(iterator, default):
    try:
        return await type(iterator).__anext__(iterator)
    except StopAsyncIteration:
        return default
