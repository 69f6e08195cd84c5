//! The embedding surface: create an interpreter, run source, report the outcome.
//! The CLI is a client of this module like any Rust program embedding ferrython.

use crate::object::{Payload, PyRef};
use crate::objects::dict;
use crate::{Config, Interp, PyResult, Vm};

/// How a run ended, for the process exit status.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExitStatus {
    Ok,
    /// Uncaught exception (already printed): status 1.
    Error,
    /// `SystemExit` with this status.
    Exit(i32),
    /// Uncaught KeyboardInterrupt: end by SIGINT (130).
    Interrupted,
}

impl ExitStatus {
    pub fn code(&self) -> i32 {
        match self {
            ExitStatus::Ok => 0,
            ExitStatus::Error => 1,
            ExitStatus::Exit(c) => *c,
            ExitStatus::Interrupted => 130,
        }
    }
}

/// An interpreter with its main thread state. Holds the GIL while alive.
pub struct Interpreter {
    pub vm: Vm,
}

impl Interpreter {
    /// Creates the interpreter and takes the GIL on the calling thread.
    pub fn new(config: Config) -> Interpreter {
        crate::modules::io::set_unbuffered(config.unbuffered);
        let interp = Interp::new(config);
        interp.gil.acquire();
        interp.main_thread.set(crate::gil::current_thread_id());
        let mut vm = Vm::new(interp);
        crate::init::init_runtime(&mut vm);
        Interpreter { vm }
    }

    /// The `__main__` module's namespace (created on first use).
    pub fn main_dict(&mut self) -> PyRef {
        let vm = &mut self.vm;
        if let Some(m) = vm.sys_modules_get("__main__") {
            return vm.module_dict(&m);
        }
        let m = vm.new_module("__main__");
        let d = vm.module_dict(&m);
        let b = vm.interp.builtins.get().unwrap();
        dict::set_str(vm, &d, "__builtins__", b);
        let modules = vm.interp.modules.clone();
        dict::set_str(vm, &modules, "__main__", m);
        d
    }

    /// Runs `source` as the `__main__` module (file name for tracebacks).
    pub fn run_main(&mut self, source: &str, filename: &str, file_attr: Option<&str>) -> ExitStatus {
        let d = self.main_dict();
        if let Some(f) = file_attr {
            let s = self.vm.new_str(f);
            dict::set_str(&mut self.vm, &d, "__file__", s);
        }
        let r = self.vm.compile_source(source, filename, ferrython_compiler::Mode::Exec).and_then(|code| self.vm.run_code(&code, &d, None));
        self.finish(r.map(|_| ()))
    }

    /// Runs a module by name as `__main__` (`-m`).
    pub fn run_module(&mut self, name: &str) -> ExitStatus {
        let vm = &mut self.vm;
        let r: PyResult<()> = (|| {
            // The `__main__` module exists before the target is found, as in CPython;
            // lib/runpy.py finds the module with the import system and runs it there.
            let m = vm.new_module("__main__");
            let d = vm.module_dict(&m);
            let b = vm.interp.builtins.get().unwrap();
            dict::set_str(vm, &d, "__builtins__", b);
            let modules = vm.interp.modules.clone();
            dict::set_str(vm, &modules, "__main__", m);
            let runpy = vm.import_module_path("runpy")?;
            let run = vm.getattr_str(&runpy, "_run_module_as_main")?;
            let n = vm.new_str(name);
            vm.call(&run, &[n], &[])?;
            Ok(())
        })();
        self.finish(r)
    }

    /// Prints an uncaught exception CPython's way and maps it to an exit status.
    pub fn finish(&mut self, r: PyResult<()>) -> ExitStatus {
        let mut status = match r {
            Ok(()) => ExitStatus::Ok,
            Err(e) => self.handle_uncaught(&e),
        };
        // Like CPython's Py_Finalize: wait for non-daemon threads.
        if let Some(threading) = self.vm.sys_modules_get("threading") {
            let r = self.vm.getattr_str(&threading, "_shutdown").and_then(|f| self.vm.call(&f, &[], &[]));
            if let Err(e) = r {
                let s = self.handle_uncaught(&e);
                if status == ExitStatus::Ok {
                    status = s;
                }
            }
        }
        crate::dealloc::run_pending(&mut self.vm);
        crate::modules::atexit::run(&mut self.vm);
        crate::dealloc::run_pending(&mut self.vm);
        self.clear_main_module();
        crate::dealloc::run_pending(&mut self.vm);
        status
    }

    /// At exit, like CPython's module teardown: `__main__`'s globals are set to None,
    /// names starting with one underscore first, so objects still alive are finalized
    /// (their `__del__` runs, unawaited coroutines warn).
    fn clear_main_module(&mut self) {
        let Some(main) = self.vm.sys_modules_get("__main__") else { return };
        let d = self.vm.module_dict(&main);
        let keys: Vec<PyRef> = match d.as_dict() {
            Some(dd) => dd.borrow().keys(),
            None => return,
        };
        let name = |k: &PyRef| k.as_str().map(|s| s.as_str().to_string()).unwrap_or_default();
        let underscore = |n: &str| n.starts_with('_') && !n.starts_with("__");
        for pass in 0..2 {
            for k in &keys {
                let n = name(k);
                if n == "__builtins__" || underscore(&n) != (pass == 0) {
                    continue;
                }
                let none = self.vm.none();
                let _ = crate::objects::dict::set_item(&mut self.vm, &d, k.clone(), none);
                crate::dealloc::run_pending(&mut self.vm);
            }
        }
    }

    pub fn handle_uncaught(&mut self, e: &PyRef) -> ExitStatus {
        let vm = &mut self.vm;
        if vm.isinstance_exc(e, &vm.interp.exc.system_exit.clone()) {
            let code = crate::exceptions::exc_data(e).borrow().get_attr("code");
            return match code {
                None => ExitStatus::Ok,
                Some(c) => match &c.payload {
                    Payload::None => ExitStatus::Ok,
                    Payload::Int(v) => ExitStatus::Exit((*v as i32) & 0xff),
                    _ => {
                        let s = vm.str_string(&c).unwrap_or_default();
                        crate::modules::io::flush_stdout_buffer().ok();
                        let _ = vm.write_stderr(&format!("{s}\n"));
                        ExitStatus::Exit(1)
                    }
                },
            };
        }
        crate::modules::io::flush_stdout_buffer().ok();
        let text = crate::traceback::format_exception(vm, e);
        let _ = vm.write_stderr(&text);
        if vm.isinstance_exc(e, &vm.interp.exc.keyboard_interrupt.clone()) {
            return ExitStatus::Interrupted;
        }
        ExitStatus::Error
    }

    /// Flushes the standard streams (every exit path calls this).
    pub fn flush(&mut self) -> bool {
        let _ = self.vm.flush_stdout();
        crate::modules::io::flush_stdout_buffer().is_ok()
    }
}
