//! The global interpreter lock: CPython's "new GIL" (a mutex + condition variable with
//! a switch interval and forced switching). CPython: Python/ceval_gil.c.
//!
//! A thread waiting longer than the switch interval sets `drop_request`; the holder sees
//! it through the eval breaker at its next backward jump or call, releases the GIL and
//! then waits until another thread has actually taken it (forced switching), so a
//! CPU-bound loop cannot starve other threads.

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Condvar, Mutex};
use std::time::Duration;

pub struct Gil {
    state: Mutex<GilState>,
    /// Signalled when the GIL is released.
    released: Condvar,
    /// Signalled when the GIL changes hands (for forced switching).
    switched: Condvar,
    /// Set by a waiter that timed out: the holder should drop the GIL.
    pub drop_request: AtomicBool,
    /// Switch interval in microseconds (`sys.setswitchinterval`).
    pub interval_us: AtomicU64,
}

struct GilState {
    locked: bool,
    holder: u64,
    /// Incremented each time the GIL is taken.
    switch_number: u64,
}

static NEXT_THREAD_ID: AtomicU64 = AtomicU64::new(1);
thread_local! {
    static THREAD_ID: u64 = NEXT_THREAD_ID.fetch_add(1, Ordering::Relaxed);
}

/// A small unique id for the calling OS thread (not the pthread id).
pub fn current_thread_id() -> u64 {
    THREAD_ID.with(|t| *t)
}

impl Default for Gil {
    fn default() -> Self {
        Self::new()
    }
}

impl Gil {
    pub fn new() -> Gil {
        Gil {
            state: Mutex::new(GilState { locked: false, holder: 0, switch_number: 0 }),
            released: Condvar::new(),
            switched: Condvar::new(),
            drop_request: AtomicBool::new(false),
            interval_us: AtomicU64::new(5000),
        }
    }

    fn lock_state(&self) -> std::sync::MutexGuard<'_, GilState> {
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Blocks until the calling thread holds the GIL.
    pub fn acquire(&self) {
        let me = current_thread_id();
        let mut st = self.lock_state();
        while st.locked {
            let seen = st.switch_number;
            let interval = Duration::from_micros(self.interval_us.load(Ordering::Relaxed).max(1));
            let (guard, res) = self.released.wait_timeout(st, interval).unwrap_or_else(|p| p.into_inner());
            st = guard;
            if res.timed_out() && st.locked && st.switch_number == seen {
                self.drop_request.store(true, Ordering::Release);
            }
        }
        st.locked = true;
        st.holder = me;
        st.switch_number += 1;
        self.drop_request.store(false, Ordering::Release);
        self.switched.notify_all();
    }

    /// Releases the GIL held by the calling thread.
    pub fn release(&self) {
        let mut st = self.lock_state();
        st.locked = false;
        self.released.notify_one();
    }

    /// Called by the holder when `drop_request` is set: release, let a waiter take it,
    /// then wait for the GIL again.
    pub fn yield_to_waiter(&self) {
        let mut st = self.lock_state();
        let before = st.switch_number;
        st.locked = false;
        self.released.notify_one();
        // Forced switching: wait until someone else took it (bounded, in case the
        // waiter gave up).
        let deadline = Duration::from_micros(self.interval_us.load(Ordering::Relaxed).max(1) * 4);
        while st.switch_number == before {
            let (g, res) = self.switched.wait_timeout(st, deadline).unwrap_or_else(|p| p.into_inner());
            st = g;
            if res.timed_out() {
                break;
            }
        }
        drop(st);
        self.acquire();
    }

    pub fn is_held_by_me(&self) -> bool {
        let st = self.lock_state();
        st.locked && st.holder == current_thread_id()
    }
}

impl crate::Vm {
    /// Runs `f` without the GIL (blocking I/O, sleeps, lock waits). `f` must not touch
    /// Python objects: it receives none, and the `Send` bound keeps `PyRef`-free data
    /// the usual case (PyRef is Send for thread hand-off, so this is a convention the
    /// reviewer checks: pass plain data in, get plain data out).
    pub fn allow_threads<T: Send>(&mut self, f: impl FnOnce() -> T + Send) -> T {
        let gil = &self.interp.gil;
        gil.release();
        let r = f();
        gil.acquire();
        r
    }

    /// The eval-breaker check: hand the GIL over if another thread asked for it.
    #[inline]
    pub fn check_gil_drop(&mut self) {
        if self.interp.gil.drop_request.load(Ordering::Relaxed) {
            self.interp.gil.yield_to_waiter();
        }
    }
}
