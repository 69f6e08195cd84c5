//! The interactive loop: prompts on stderr (`>>> `, `... `), statements compiled in
//! 'single' mode so expression values are echoed, blocks collected until a blank line.
//! CPython: Python/pythonrun.c (PyRun_InteractiveLoop), Lib/code.py (behaviour).

use ferrython_vm::{ExitStatus, InputState, Interpreter};
use std::io::{BufRead, Write};

pub fn run(interp: &mut Interpreter, quiet: bool) -> ExitStatus {
    let stdin = std::io::stdin();
    let mut lines = stdin.lock().lines();
    if !quiet {
        eprintln!("Python 3.11.7 (ferrython) [Rust] on linux\nType \"help\", \"copyright\", \"credits\" or \"license\" for more information.");
    }
    let d = interp.main_dict();
    loop {
        let _ = interp.flush();
        eprint!(">>> ");
        let _ = std::io::stderr().flush();
        let Some(Ok(first)) = lines.next() else {
            eprintln!();
            return ExitStatus::Ok;
        };
        let mut src = first;
        // A block (header ending in ':', or a decorator) runs to a blank line, as
        // in CPython; otherwise more lines are read while the input is unfinished.
        let mut block = src.trim_start().starts_with('@');
        loop {
            if !block {
                match ferrython_vm::input_state(&format!("{src}\n")) {
                    InputState::Complete => break,
                    InputState::NeedsBlock => block = true,
                    InputState::Unfinished => {}
                }
            }
            eprint!("... ");
            let _ = std::io::stderr().flush();
            match lines.next() {
                Some(Ok(l)) => {
                    if block && l.trim().is_empty() {
                        break;
                    }
                    src.push('\n');
                    src.push_str(&l);
                }
                _ => break,
            }
        }
        if src.trim().is_empty() {
            continue;
        }
        src.push('\n');
        let vm = &mut interp.vm;
        let r = vm
            .compile_source(&src, "<stdin>", ferrython_vm::CompileMode::Single)
            .and_then(|code| vm.run_code(&code, &d, None));
        if let Err(e) = r {
            let status = interp.handle_uncaught(&e);
            if let ExitStatus::Exit(_) = status {
                return status;
            }
            if status == ExitStatus::Ok && interp.vm.isinstance_exc(&e, &interp.vm.interp.exc.system_exit.clone()) {
                return status;
            }
        }
    }
}

