//! Per-instruction inline caches for attribute access on instances of user classes
//! (the specialised forms of LOAD_ATTR, STORE_ATTR and LOAD_METHOD, DESIGN.md).
//!
//! An entry remembers, for one instruction, the instance type it last saw and the
//! type-attribute-cache epoch at that time (typeobj.rs): while both still match, no
//! class in the MRO can have gained or lost the attribute, so the generic lookup
//! (`__getattribute__` override check, MRO walk, descriptor kinds) is skipped and only
//! the instance dict is consulted. Any class mutation bumps the epoch and every entry
//! misses once, then refills.

use crate::object::{Payload, PyRef};
use crate::objects::typeobj;
use crate::{PyResult, Vm};
use std::cell::Cell;

#[derive(Clone, Copy)]
pub enum Kind {
    Empty,
    /// LOAD_ATTR: no class attribute of that name; read the instance dict.
    InstanceDict,
    /// STORE_ATTR: no class attribute and no `__setattr__` override; write the dict.
    StoreDict,
    /// LOAD_METHOD: a plain function found on the class (`value` points at it).
    Method,
    /// LOAD_GLOBAL: `value` points into the globals (or builtins) dict; valid while
    /// both dicts keep the recorded (uid, keys version).
    Global,
    /// LOAD_ATTR/STORE_ATTR: a `__slots__` member; `dicts[0]` is the slot index.
    Slot,
}

#[derive(Clone, Copy)]
pub struct Entry {
    kind: Kind,
    ty: usize,
    epoch: u64,
    value: *const PyRef,
    /// LOAD_GLOBAL: (globals uid, globals version, builtins uid, builtins version).
    dicts: [u64; 4],
}

pub type Cache = Box<[Cell<Entry>]>;

pub fn new_cache(n: usize) -> Cache {
    (0..n).map(|_| Cell::new(Entry { kind: Kind::Empty, ty: 0, epoch: 0, value: std::ptr::null(), dicts: [0; 4] })).collect()
}

/// Does `o`'s class leave attribute hook `hook` (`__getattribute__`/`__setattr__`)
/// to `object`'s default?
fn default_hook(vm: &Vm, o: &PyRef, hook: &str) -> bool {
    match typeobj::lookup(vm, o.class(), hook) {
        Some(m) => matches!(&m.payload, Payload::Builtin(b) if b.owner.as_ref().is_some_and(|t| t.is(&vm.interp.types.object))),
        None => true,
    }
}

/// Is `o` a plain instance with a `__dict__`, of a class without attribute hooks?
fn plain_instance(vm: &Vm, o: &PyRef, hook: &str) -> bool {
    matches!(o.payload, Payload::Instance(_)) && !o.dict.is_none() && default_hook(vm, o, hook)
}

/// The slot index when `obj.name` is a `__slots__` member of a class without
/// attribute hooks (the member, a data descriptor, wins over any instance dict).
fn slot_member(vm: &Vm, obj: &PyRef, name: &PyRef, hook: &str) -> Option<usize> {
    if !matches!(obj.payload, Payload::Instance(_)) || !default_hook(vm, obj, hook) {
        return None;
    }
    let (k, h) = key(name);
    match crate::protocol::attr::lookup_hashed(obj.class(), k, h)?.payload {
        Payload::Member(ref m) => Some(m.index),
        _ => None,
    }
}

/// The value in slot `i` of an instance (None when unset or not a slotted instance).
#[inline]
fn slot_get(obj: &PyRef, i: usize) -> Option<PyRef> {
    match &obj.payload {
        Payload::Instance(slots) => slots.get(i).and_then(|s| s.get()),
        _ => None,
    }
}

fn key(name: &PyRef) -> (&str, i64) {
    let s = name.as_str().expect("attribute names are str");
    (s.as_str(), s.hash())
}

/// (uid, keys version) of a dict: the entry a cached value pointer refers to stays in
/// place while they are unchanged (values may be replaced: the pointer sees the new one).
fn dict_state(d: &PyRef) -> (u64, u64) {
    match d.as_dict() {
        Some(dd) => {
            let b = dd.borrow();
            (b.uid, b.keys_version)
        }
        None => (0, u64::MAX),
    }
}

impl Vm {
    /// LOAD_GLOBAL through the inline cache: globals, then builtins.
    pub(crate) fn load_global_cached(&mut self, cache: &Cell<Entry>, globals: &PyRef, name: &PyRef) -> PyResult {
        let e = cache.get();
        let builtins = self.interp.builtins_dict.clone();
        if matches!(e.kind, Kind::Global) {
            let (gu, gv) = dict_state(globals);
            let (bu, bv) = dict_state(&builtins);
            if e.dicts == [gu, gv, bu, bv] {
                // SAFETY: neither dict changed since the entry was filled, so the entry
                // the pointer refers to is still in place.
                return Ok(unsafe { (*e.value).clone() });
            }
        }
        let (k, h) = key(name);
        let mut found: *const PyRef = std::ptr::null();
        for d in [globals, &builtins] {
            if let Some(dd) = d.as_dict() {
                if let Some(v) = dd.borrow().get_str(h, k) {
                    found = v as *const PyRef;
                    break;
                }
            }
        }
        if found.is_null() {
            return self.load_global(globals, name);
        }
        let (gu, gv) = dict_state(globals);
        let (bu, bv) = dict_state(&builtins);
        cache.set(Entry { kind: Kind::Global, ty: 0, epoch: 0, value: found, dicts: [gu, gv, bu, bv] });
        // SAFETY: just found in a live dict.
        Ok(unsafe { (*found).clone() })
    }

    /// LOAD_ATTR through the inline cache of instruction `ip`.
    pub(crate) fn load_attr_cached(&mut self, cache: &Cell<Entry>, obj: &PyRef, name: &PyRef) -> PyResult {
        let e = cache.get();
        let epoch = typeobj::attr_epoch();
        if matches!(e.kind, Kind::InstanceDict) && e.ty == obj.class().addr() && e.epoch == epoch {
            if let Some(d) = obj.dict.get() {
                if let Some(dd) = d.as_dict() {
                    let b = dd.borrow();
                    // Same position as last time (instances of a class usually build
                    // their dicts in the same order): no hashing at all.
                    if let Some(v) = b.value_at_if_key(e.dicts[0] as usize, name) {
                        return Ok(v.clone());
                    }
                    let (k, h) = key(name);
                    if let Some(i) = b.index_of_str(h, k) {
                        let v = b.value_at_index(i);
                        cache.set(Entry { dicts: [i as u64, 0, 0, 0], ..e });
                        return Ok(v);
                    }
                }
            }
        }
        if matches!(e.kind, Kind::Slot) && e.ty == obj.class().addr() && e.epoch == epoch {
            if let Some(v) = slot_get(obj, e.dicts[0] as usize) {
                return Ok(v);
            }
        }
        let v = self.getattr(obj, name)?;
        if let Some(i) = slot_member(self, obj, name, "__getattribute__") {
            cache.set(Entry { kind: Kind::Slot, ty: obj.class().addr(), epoch: typeobj::attr_epoch(), value: std::ptr::null(), dicts: [i as u64, 0, 0, 0] });
        } else if plain_instance(self, obj, "__getattribute__") {
            let (k, h) = key(name);
            if crate::protocol::attr::lookup_hashed(obj.class(), k, h).is_none() {
                cache.set(Entry { kind: Kind::InstanceDict, ty: obj.class().addr(), epoch: typeobj::attr_epoch(), value: std::ptr::null(), dicts: [0; 4] });
            }
        }
        Ok(v)
    }

    /// STORE_ATTR through the inline cache.
    pub(crate) fn store_attr_cached(&mut self, cache: &Cell<Entry>, obj: &PyRef, name: &PyRef, v: PyRef) -> PyResult<()> {
        let e = cache.get();
        if matches!(e.kind, Kind::StoreDict) && e.ty == obj.class().addr() && e.epoch == typeobj::attr_epoch() {
            if let Some(d) = obj.dict.get() {
                let r = match d.as_dict() {
                    Some(dd) => dd.borrow_mut().replace_at_if_key(e.dicts[0] as usize, name, v),
                    None => Err(v),
                };
                return match r {
                    Ok(old) => {
                        drop(old);
                        Ok(())
                    }
                    Err(v) => {
                        crate::objects::dict::set_item(self, &d, name.clone(), v)?;
                        let (k, h) = key(name);
                        if let Some(i) = d.as_dict().and_then(|dd| dd.borrow().index_of_str(h, k)) {
                            cache.set(Entry { dicts: [i as u64, 0, 0, 0], ..e });
                        }
                        Ok(())
                    }
                };
            }
        }
        if matches!(e.kind, Kind::Slot) && e.ty == obj.class().addr() && e.epoch == typeobj::attr_epoch() {
            if let Payload::Instance(slots) = &obj.payload {
                if let Some(slot) = slots.get(e.dicts[0] as usize) {
                    slot.set(Some(v));
                    return Ok(());
                }
            }
        }
        if let Some(i) = slot_member(self, obj, name, "__setattr__") {
            self.setattr(obj, name, v)?;
            cache.set(Entry { kind: Kind::Slot, ty: obj.class().addr(), epoch: typeobj::attr_epoch(), value: std::ptr::null(), dicts: [i as u64, 0, 0, 0] });
            return Ok(());
        }
        let fill = plain_instance(self, obj, "__setattr__") && {
            let (k, h) = key(name);
            crate::protocol::attr::lookup_hashed(obj.class(), k, h).is_none()
        };
        self.setattr(obj, name, v)?;
        if fill {
            cache.set(Entry { kind: Kind::StoreDict, ty: obj.class().addr(), epoch: typeobj::attr_epoch(), value: std::ptr::null(), dicts: [0; 4] });
        }
        Ok(())
    }

    /// LOAD_METHOD's lookup through the inline cache: Some(function) when `obj.name`
    /// is a plain function on the class not shadowed by the instance dict.
    pub(crate) fn load_method_cached(&mut self, cache: &Cell<Entry>, obj: &PyRef, name: &PyRef) -> PyResult<Option<PyRef>> {
        let e = cache.get();
        if matches!(e.kind, Kind::Method) && e.ty == obj.class().addr() && e.epoch == typeobj::attr_epoch() {
            let shadowed = match obj.dict.get() {
                Some(d) => {
                    let (k, h) = key(name);
                    d.as_dict().is_some_and(|dd| dd.borrow().get_str(h, k).is_some())
                }
                None => false,
            };
            if !shadowed {
                // SAFETY: the epoch is unchanged, so the class dict entry the pointer
                // refers to is still there, unmodified.
                return Ok(Some(unsafe { (*e.value).clone() }));
            }
        }
        let m = self.lookup_method_uncached(obj, name)?;
        if let Some(f) = &m {
            if matches!(f.payload, Payload::Function(_)) && plain_instance(self, obj, "__getattribute__") {
                // Point at the dict entry itself (not our clone) so the pointer stays valid.
                let (k, h) = key(name);
                let t = obj.class().clone();
                let mro = t.as_type().map(|td| td.mro.borrow().clone()).unwrap_or_default();
                for base in mro {
                    if let Some(bt) = base.as_type() {
                        if let Some(dd) = bt.dict.as_dict() {
                            let b = dd.borrow();
                            if let Some(v) = b.get_str(h, k) {
                                if v.is(f) {
                                    cache.set(Entry {
                                        kind: Kind::Method,
                                        ty: obj.class().addr(),
                                        epoch: typeobj::attr_epoch(),
                                        value: v as *const PyRef,
                                        dicts: [0; 4],
                                    });
                                }
                                break;
                            }
                        }
                    }
                }
            }
        }
        Ok(m)
    }
}
