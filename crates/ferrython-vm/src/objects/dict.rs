//! `dict`: insertion-ordered hash table, CPython's compact layout (an entries vector
//! in insertion order plus a hash table of indices). CPython: Objects/dictobject.c.
//!
//! Lookups may call `__eq__`, which may mutate the dict: no borrow is held across that
//! call; after it, the entry is re-checked and the lookup restarts if it changed.

use crate::object::{Payload, PyRef};
use crate::{PyResult, Vm};
use hashbrown::HashTable;

pub struct Entry {
    pub hash: i64,
    pub key: PyRef,
    pub value: PyRef,
}

/// CPython's key-table shape for this dict, replayed on every insertion so that
/// `sys.getsizeof` reports what CPython 3.11 would (our storage is laid out
/// differently). See `builtins/sizeof.rs`.
#[derive(Default)]
pub struct KeysShape {
    /// log2 of CPython's table size; 0 means the shared empty table.
    pub log2: u8,
    /// Table entries in use, deleted ones included (CPython's dk_nentries).
    pub nentries: u32,
    /// A key other than an exact str was inserted: 24-byte entries instead of 16.
    pub general: bool,
    /// For an instance `__dict__` still sharing its class's keys (a "split" dict):
    /// the class, whose shared-keys state decides the size.
    pub split: Option<PyRef>,
}

/// CPython's calculate_log2_keysize: the table for at least `minsize` slots (min 8).
fn log2_keysize(minsize: usize) -> u8 {
    let m = ((minsize | 8) - 1) | 7;
    (usize::BITS - m.leading_zeros()) as u8
}

/// USABLE_FRACTION: entries a table of 2**log2 slots holds before growing.
pub fn usable_fraction(log2: u8) -> usize {
    ((1usize << log2) << 1) / 3
}

fn is_exact_str(o: &PyRef) -> bool {
    matches!(o.payload, Payload::Str(_)) && o.class().as_type().is_some_and(|t| !t.is_heap())
}

impl KeysShape {
    /// Replays CPython's insertdict for a new key; `used` is the count before it.
    fn on_insert(&mut self, key: &PyRef, used: usize) {
        let exact_str = is_exact_str(key);
        if let Some(cls) = &self.split {
            let accepted = exact_str && cls.as_type().is_some_and(|t| t.shared_keys_add(key.as_str().unwrap().as_str()));
            if accepted {
                return;
            }
            // No room (or not a str): the dict gets a table of its own.
            self.split = None;
            self.log2 = log2_keysize(used * 3);
            self.nentries = used as u32 + 1;
            self.general = !exact_str;
            return;
        }
        if self.log2 == 0 {
            self.log2 = 3;
            self.nentries = 0;
            self.general = !exact_str;
        } else {
            if !exact_str && !self.general {
                self.log2 = log2_keysize(used * 3);
                self.nentries = used as u32;
                self.general = true;
            }
            if usable_fraction(self.log2) <= self.nentries as usize {
                self.log2 = log2_keysize(used * 3);
                self.nentries = used as u32;
            }
        }
        self.nentries += 1;
    }
}

#[derive(Default)]
pub struct DictData {
    entries: Vec<Option<Entry>>,
    table: HashTable<usize>,
    len: usize,
    /// Bumped on every change; iterators use it to detect "changed size during iteration".
    pub version: u64,
    /// Bumped only when entries are added or removed (not when a value is replaced):
    /// while it stays, a pointer to an entry's value stays valid (LOAD_GLOBAL cache).
    pub keys_version: u64,
    /// Set for the dicts of type objects: changing one invalidates the type attribute
    /// cache (`typeobj::lookup`).
    pub watched: bool,
    /// Never reused, so (uid, version) identifies one state of one dict (inline caches).
    pub uid: u64,
    pub shape: KeysShape,
}

thread_local! {
    static NEXT_UID: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// A process-unique dict id without atomics: the thread id in the high bits.
fn next_uid() -> u64 {
    let n = NEXT_UID.with(|c| {
        let v = c.get() + 1;
        c.set(v);
        v
    });
    (crate::gil::current_thread_id() << 40) | n
}

/// Result of a lookup.
enum Probe {
    Found(usize),
    Missing,
}

/// Equality that needs no Python code: identity, or exact str/int payloads.
/// `None` means "ask `__eq__`".
#[inline]
pub fn fast_eq(vm: &Vm, a: &PyRef, b: &PyRef) -> Option<bool> {
    if a.is(b) {
        return Some(true);
    }
    let t = &vm.interp.types;
    match (&a.payload, &b.payload) {
        (Payload::Str(x), Payload::Str(y)) if a.is_exact(&t.str) && b.is_exact(&t.str) => {
            Some(x.as_str() == y.as_str())
        }
        (Payload::Int(x), Payload::Int(y)) => Some(x == y),
        _ => None,
    }
}

impl DictData {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn with_capacity(n: usize) -> Self {
        DictData {
            entries: Vec::with_capacity(n),
            table: HashTable::with_capacity(n),
            len: 0,
            version: 0,
            keys_version: 0,
            watched: false,
            uid: next_uid(),
            shape: KeysShape::default(),
        }
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Iterates live entries in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().flatten()
    }

    pub fn keys(&self) -> Vec<PyRef> {
        self.iter().map(|e| e.key.clone()).collect()
    }

    pub fn values(&self) -> Vec<PyRef> {
        self.iter().map(|e| e.value.clone()).collect()
    }

    pub fn items(&self) -> Vec<(PyRef, PyRef)> {
        self.iter().map(|e| (e.key.clone(), e.value.clone())).collect()
    }

    /// The entry at raw position `pos` or later (for iterators): (next pos, entry).
    pub fn entry_from(&self, pos: usize) -> Option<(usize, &Entry)> {
        let mut i = pos;
        while i < self.entries.len() {
            if let Some(e) = &self.entries[i] {
                return Some((i + 1, e));
            }
            i += 1;
        }
        None
    }

    /// Lookup by a `&str` key without allocating (attribute and global lookups).
    /// Correct only when all str keys are exact `str` (true for namespaces built by the VM).
    pub fn get_str(&self, hash: i64, key: &str) -> Option<&PyRef> {
        let idx = self.table.find(hash as u64, |&i| match &self.entries[i] {
            Some(e) => {
                e.hash == hash
                    && e.key.as_str().is_some_and(|s| {
                        let k = s.as_str();
                        std::ptr::eq(k.as_ptr(), key.as_ptr()) && k.len() == key.len() || k == key
                    })
            }
            None => false,
        })?;
        self.entries[*idx].as_ref().map(|e| &e.value)
    }

    /// The value of entry `idx` if its key is the very object `key` (attribute names
    /// are interned, so this is how inline caches find an instance attribute without
    /// hashing).
    #[inline]
    pub fn value_at_if_key(&self, idx: usize, key: &PyRef) -> Option<&PyRef> {
        match self.entries.get(idx) {
            Some(Some(e)) if e.key.is(key) => Some(&e.value),
            _ => None,
        }
    }

    /// The value of live entry `i` (an index from `index_of_str`).
    pub fn value_at_index(&self, i: usize) -> PyRef {
        self.entries[i].as_ref().expect("live entry").value.clone()
    }

    /// The entry index of a str key (see `value_at_if_key`).
    pub fn index_of_str(&self, hash: i64, key: &str) -> Option<usize> {
        self.table
            .find(hash as u64, |&i| match &self.entries[i] {
                Some(e) => e.hash == hash && e.key.as_str().is_some_and(|s| s.as_str() == key),
                None => false,
            })
            .copied()
    }

    /// Replaces the value of entry `idx` if its key is the object `key`; returns the
    /// old value (to drop once the dict is no longer borrowed).
    #[inline]
    pub fn replace_at_if_key(&mut self, idx: usize, key: &PyRef, value: PyRef) -> Result<PyRef, PyRef> {
        match self.entries.get_mut(idx) {
            Some(Some(e)) if e.key.is(key) => {
                let old = std::mem::replace(&mut e.value, value);
                self.bump();
                Ok(old)
            }
            _ => Err(value),
        }
    }

    /// Records a change (and, for a type's dict, invalidates the attribute cache).
    #[inline]
    fn bump(&mut self) {
        self.version = self.version.wrapping_add(1);
        if self.watched {
            crate::objects::typeobj::invalidate_attr_cache();
        }
    }

    fn raw_insert_new(&mut self, hash: i64, key: PyRef, value: PyRef) {
        self.shape.on_insert(&key, self.len);
        let idx = self.entries.len();
        self.entries.push(Some(Entry { hash, key, value }));
        let entries = &self.entries;
        self.table.insert_unique(hash as u64, idx, |&i| entries[i].as_ref().map_or(0, |e| e.hash as u64));
        self.len += 1;
        self.keys_version = self.keys_version.wrapping_add(1);
        self.bump();
    }

    fn raw_remove(&mut self, idx: usize) -> Option<Entry> {
        let e = self.entries[idx].take()?;
        if let Ok(ent) = self.table.find_entry(e.hash as u64, |&i| i == idx) {
            ent.remove();
        }
        self.len -= 1;
        self.keys_version = self.keys_version.wrapping_add(1);
        self.bump();
        if self.entries.len() > 16 && self.entries.len() > 3 * self.len {
            self.compact();
        }
        Some(e)
    }

    fn compact(&mut self) {
        let old = std::mem::take(&mut self.entries);
        let shape = std::mem::take(&mut self.shape);
        self.table.clear();
        self.len = 0;
        for e in old.into_iter().flatten() {
            self.raw_insert_new(e.hash, e.key, e.value);
        }
        self.shape = shape;
    }

    pub fn clear(&mut self) -> Vec<Option<Entry>> {
        self.shape = KeysShape::default();
        self.table.clear();
        self.len = 0;
        self.keys_version = self.keys_version.wrapping_add(1);
        self.bump();
        std::mem::take(&mut self.entries)
    }

    /// (entry index, hash) of every live entry, in insertion order.
    pub fn live_hashes(&self) -> Vec<(usize, i64)> {
        self.entries.iter().enumerate().filter_map(|(i, e)| e.as_ref().map(|e| (i, e.hash))).collect()
    }

    /// The key of the live entry at raw index `i`.
    pub fn key_at(&self, i: usize) -> Option<&PyRef> {
        self.entries.get(i).and_then(|e| e.as_ref()).map(|e| &e.key)
    }

    /// Removes and returns the last inserted item (`popitem`).
    pub fn pop_last(&mut self) -> Option<(PyRef, PyRef)> {
        let idx = self.entries.iter().rposition(|e| e.is_some())?;
        let e = self.raw_remove(idx)?;
        Some((e.key, e.value))
    }
}

/// The table of a dict, or of a set/frozenset (which reuse the dict table).
fn dict_cell(d: &PyRef) -> &std::cell::RefCell<DictData> {
    match &d.payload {
        crate::object::Payload::Set(s) | crate::object::Payload::FrozenSet(s) => s,
        _ => d.as_dict().expect("dict payload"),
    }
}

fn probe(vm: &mut Vm, d: &PyRef, key: &PyRef, hash: i64) -> PyResult<Probe> {
    'restart: loop {
        let mut slow: smallvec_lite::Small = smallvec_lite::Small::new();
        {
            let data = dict_cell(d).borrow();
            for &i in data.table.iter_hash(hash as u64) {
                let Some(e) = &data.entries[i] else { continue };
                if e.hash != hash {
                    continue;
                }
                match fast_eq(vm, &e.key, key) {
                    Some(true) => return Ok(Probe::Found(i)),
                    Some(false) => {}
                    None => slow.push((i, e.key.clone())),
                }
            }
        }
        for (i, k) in slow.into_iter() {
            let eq = vm.eq(&k, key)?;
            let data = dict_cell(d).borrow();
            let still = matches!(&data.entries.get(i), Some(Some(e)) if e.key.is(&k));
            if !still {
                continue 'restart;
            }
            if eq {
                return Ok(Probe::Found(i));
            }
        }
        return Ok(Probe::Missing);
    }
}

/// `d[key]` or None when missing. `d` must hold a Dict payload.
pub fn get_item(vm: &mut Vm, d: &PyRef, key: &PyRef) -> PyResult<Option<PyRef>> {
    let hash = vm.hash(key)?;
    get_item_hashed(vm, d, key, hash)
}

pub fn get_item_hashed(vm: &mut Vm, d: &PyRef, key: &PyRef, hash: i64) -> PyResult<Option<PyRef>> {
    match probe(vm, d, key, hash)? {
        Probe::Found(i) => Ok(dict_cell(d).borrow().entries[i].as_ref().map(|e| e.value.clone())),
        Probe::Missing => Ok(None),
    }
}

/// `d[key] = value`.
pub fn set_item(vm: &mut Vm, d: &PyRef, key: PyRef, value: PyRef) -> PyResult<()> {
    let hash = vm.hash(&key)?;
    set_item_hashed(vm, d, key, value, hash)
}

pub fn set_item_hashed(vm: &mut Vm, d: &PyRef, key: PyRef, value: PyRef, hash: i64) -> PyResult<()> {
    match probe(vm, d, &key, hash)? {
        Probe::Found(i) => {
            let old = {
                let mut data = dict_cell(d).borrow_mut();
                data.bump();
                let e = data.entries[i].as_mut().expect("probed entry");
                std::mem::replace(&mut e.value, value)
            };
            drop(old);
        }
        Probe::Missing => dict_cell(d).borrow_mut().raw_insert_new(hash, key, value),
    }
    Ok(())
}

/// Removes `key`; returns the value, or None when missing.
pub fn del_item(vm: &mut Vm, d: &PyRef, key: &PyRef) -> PyResult<Option<PyRef>> {
    let hash = vm.hash(key)?;
    match probe(vm, d, key, hash)? {
        Probe::Found(i) => {
            let e = dict_cell(d).borrow_mut().raw_remove(i);
            Ok(e.map(|e| e.value))
        }
        Probe::Missing => Ok(None),
    }
}

/// Lookup of a str key in a dict whose keys the VM built (namespaces, type dicts).
pub fn get_str(vm: &Vm, d: &PyRef, key: &str) -> Option<PyRef> {
    let hash = vm.str_hash(key);
    dict_cell(d).borrow().get_str(hash, key).cloned()
}

/// Stores under an interned str key.
pub fn set_str(vm: &mut Vm, d: &PyRef, key: &str, value: PyRef) {
    let k = vm.intern(key);
    // Str keys never run Python code for hashing or equality.
    let _ = set_item(vm, d, k, value);
}

/// A tiny inline vector for probe candidates (almost always 0 or 1 entries).
mod smallvec_lite {
    use crate::object::PyRef;
    pub struct Small {
        v: Vec<(usize, PyRef)>,
    }
    impl Small {
        pub fn new() -> Self {
            Small { v: Vec::new() }
        }
        pub fn push(&mut self, x: (usize, PyRef)) {
            self.v.push(x)
        }
        pub fn into_iter(self) -> std::vec::IntoIter<(usize, PyRef)> {
            self.v.into_iter()
        }
    }
}
