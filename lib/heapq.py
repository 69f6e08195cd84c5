"""Heap queue algorithm (a.k.a. priority queue).

Heaps are lists for which a[k] <= a[2*k+1] and a[k] <= a[2*k+2] for every k.
The smallest element is always a[0].  Only the < operator is used to compare
items, in the same order as CPython, so the layout of the list after each
operation is the same as CPython's.
"""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def _need_list(name, heap, which="argument 1"):
    if type(heap) is not list and not isinstance(heap, list):
        raise TypeError(f"{name}() {which} must be list, not {type(heap).__name__}")


# Moving an item towards the root.  `stop` is the smallest index the item may
# reach, `pos` where it starts.
def _siftdown(heap, stop, pos):
    item = heap[pos]
    while pos > stop:
        up = (pos - 1) >> 1
        above = heap[up]
        if item < above:
            heap[pos] = above
            pos = up
        else:
            break
    heap[pos] = item


# Moving the item at `pos` towards the leaves: the smaller child climbs into
# the hole until a leaf is reached, then the item is put there and floated up.
def _siftup(heap, pos):
    end = len(heap)
    first = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    # float it back up (same as _siftdown(heap, first, pos))
    while pos > first:
        up = (pos - 1) >> 1
        above = heap[up]
        if item < above:
            heap[pos] = above
            pos = up
        else:
            break
    heap[pos] = item


def heappush(heap, item, /):
    """Push item onto heap, maintaining the heap invariant."""
    _need_list("heappush", heap)
    heap.append(item)
    pos = len(heap) - 1
    while pos > 0:
        up = (pos - 1) >> 1
        above = heap[up]
        if item < above:
            heap[pos] = above
            pos = up
        else:
            break
    heap[pos] = item


def heappop(heap, /):
    """Pop the smallest item off the heap, maintaining the heap invariant."""
    _need_list("heappop", heap, "argument")
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if heap:
        smallest = heap[0]
        heap[0] = last
        _siftup(heap, 0)
        return smallest
    return last


def heapreplace(heap, item, /):
    """Pop and return the current smallest value, and add the new item."""
    _need_list("heapreplace", heap)
    if not heap:
        raise IndexError("index out of range")
    smallest = heap[0]
    heap[0] = item
    _siftup(heap, 0)
    return smallest


def heappushpop(heap, item, /):
    """Push item on the heap, then pop and return the smallest item from the heap."""
    _need_list("heappushpop", heap)
    if heap and heap[0] < item:
        smallest = heap[0]
        heap[0] = item
        _siftup(heap, 0)
        return smallest
    return item


def heapify(heap, /):
    """Transform list into a heap, in-place, in O(len(heap)) time."""
    _need_list("heapify", heap, "argument")
    siftup = _siftup
    for i in range(len(heap) // 2 - 1, -1, -1):
        siftup(heap, i)


# Max-heap variants (used by merge(reverse=True) and nlargest).

def _siftdown_max(heap, stop, pos):
    item = heap[pos]
    while pos > stop:
        up = (pos - 1) >> 1
        above = heap[up]
        if above < item:
            heap[pos] = above
            pos = up
        else:
            break
    heap[pos] = item


def _siftup_max(heap, pos):
    end = len(heap)
    first = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[right] < heap[child]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _siftdown_max(heap, first, pos)


def _heappop_max(heap, /):
    """Maxheap version of a heappop."""
    _need_list("_heappop_max", heap, "argument")
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if heap:
        biggest = heap[0]
        heap[0] = last
        _siftup_max(heap, 0)
        return biggest
    return last


def _heapreplace_max(heap, item, /):
    """Maxheap version of a heappop followed by a heappush."""
    _need_list("_heapreplace_max", heap)
    if not heap:
        raise IndexError("index out of range")
    biggest = heap[0]
    heap[0] = item
    _siftup_max(heap, 0)
    return biggest


def _heapify_max(heap, /):
    """Maxheap version of a heapify."""
    _need_list("_heapify_max", heap, "argument")
    for i in range(len(heap) // 2 - 1, -1, -1):
        _siftup_max(heap, i)


def merge(*iterables, key=None, reverse=False):
    """Merge multiple sorted inputs into a single sorted output.

    Equal items come out in the order of the iterables that hold them.
    """
    if reverse:
        heapify_, pop_, replace_ = _heapify_max, _heappop_max, _heapreplace_max
        sign = -1
    else:
        heapify_, pop_, replace_ = heapify, heappop, heapreplace
        sign = 1
    # Each heap entry is [sort key, tie breaker, value, next function]; the
    # tie breaker keeps equal keys in iterable order and means values and
    # functions are never compared.
    entries = []
    index = 0
    for iterable in iterables:
        nxt = iter(iterable).__next__
        try:
            value = nxt()
        except StopIteration:
            index += 1
            continue
        k = value if key is None else key(value)
        entries.append([k, index * sign, value, nxt])
        index += 1
    heapify_(entries)
    while len(entries) > 1:
        try:
            while True:
                entry = entries[0]
                yield entry[2]
                value = entry[3]()
                entry[0] = value if key is None else key(value)
                entry[2] = value
                replace_(entries, entry)
        except StopIteration:
            pop_(entries)
    if entries:
        entry = entries[0]
        yield entry[2]
        nxt = entry[3]
        while True:
            try:
                value = nxt()
            except StopIteration:
                return
            yield value


def nsmallest(n, iterable, key=None):
    """Find the n smallest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key)[:n]
    """
    if n == 1:
        it = iter(iterable)
        missing = object()
        if key is None:
            found = min(it, default=missing)
        else:
            found = min(it, default=missing, key=key)
        return [] if found is missing else [found]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key)[:n]
    if n <= 0:
        return []
    return _select(n, iterable, key, False)


def nlargest(n, iterable, key=None):
    """Find the n largest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key, reverse=True)[:n]
    """
    if n == 1:
        it = iter(iterable)
        missing = object()
        if key is None:
            found = max(it, default=missing)
        else:
            found = max(it, default=missing, key=key)
        return [] if found is missing else [found]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=True)[:n]
    if n <= 0:
        return []
    return _select(n, iterable, key, True)


def _select(n, iterable, key, largest):
    # Keep the n best (key, tie, value) entries in a heap whose root is the
    # worst of them.  Ties go to the earlier item, as with a stable sort.
    it = iter(iterable)
    if largest:
        pick = [(v if key is None else key(v), -i, v) for i, v in zip(range(n), it)]
        if not pick:
            return pick
        heapify(pick)
        worst = pick[0][0]
        tie = -n
        for v in it:
            k = v if key is None else key(v)
            if worst < k:
                heapreplace(pick, (k, tie, v))
                worst = pick[0][0]
                tie -= 1
        pick.sort(reverse=True)
    else:
        pick = [(v if key is None else key(v), i, v) for i, v in zip(range(n), it)]
        if not pick:
            return pick
        _heapify_max(pick)
        worst = pick[0][0]
        tie = n
        for v in it:
            k = v if key is None else key(v)
            if k < worst:
                _heapreplace_max(pick, (k, tie, v))
                worst = pick[0][0]
                tie += 1
        pick.sort()
    return [entry[2] for entry in pick]
