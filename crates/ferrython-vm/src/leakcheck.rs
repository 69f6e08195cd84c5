//! Live-object accounting for the `leak-check` build feature: at exit the count of
//! objects still alive (beyond immortal and interpreter-owned ones) is reported.

#[cfg(feature = "leak-check")]
mod imp {
    use std::sync::atomic::{AtomicIsize, Ordering};
    static LIVE: AtomicIsize = AtomicIsize::new(0);
    #[inline]
    pub fn on_alloc() {
        LIVE.fetch_add(1, Ordering::Relaxed);
    }
    #[inline]
    pub fn on_free() {
        LIVE.fetch_sub(1, Ordering::Relaxed);
    }
    pub fn live() -> isize {
        LIVE.load(Ordering::Relaxed)
    }
}

#[cfg(not(feature = "leak-check"))]
mod imp {
    #[inline(always)]
    pub fn on_alloc() {}
    #[inline(always)]
    pub fn on_free() {}
    pub fn live() -> isize {
        -1
    }
}

pub use imp::*;
