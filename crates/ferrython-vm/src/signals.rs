//! Signal delivery through the eval breaker: a handler sets a flag; the main thread
//! raises KeyboardInterrupt at its next check. CPython: Modules/signalmodule.c.

use std::sync::atomic::{AtomicBool, Ordering};

static SIGINT_PENDING: AtomicBool = AtomicBool::new(false);

/// Records a SIGINT (called from the OS signal handler installed by the CLI).
pub fn note_sigint() {
    SIGINT_PENDING.store(true, Ordering::Release);
}

/// Simulates the arrival of a signal (`_thread.interrupt_main`).
pub fn trip(signum: i32) {
    if signum == libc::SIGINT {
        note_sigint();
    }
}

/// Raises pending signals in the main thread.
#[inline]
pub fn check(vm: &mut crate::Vm) -> crate::PyResult<()> {
    if SIGINT_PENDING.load(Ordering::Relaxed) && vm.thread_id == vm.interp.main_thread.get() {
        SIGINT_PENDING.store(false, Ordering::Release);
        return Err(vm.new_exception(&vm.interp.exc.keyboard_interrupt.clone(), vec![]));
    }
    Ok(())
}
