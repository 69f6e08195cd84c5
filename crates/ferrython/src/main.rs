//! `ferrython`: the command line. Parses options, builds the interpreter, runs the
//! target, maps the outcome to CPython's exit statuses, and never lets a Rust panic
//! reach the user (internal errors print a clear message and exit 70).

mod args;
mod repl;

use args::{Parsed, Target};
use ferrython_vm::{Config, ExitStatus, Interpreter};
use std::io::{IsTerminal, Read, Write};

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Stack for the interpreter thread: native recursion (repr of nested containers,
/// `__eq__` chains) is bounded by the recursion limit, but each level is a few KB.
const STACK_SIZE: usize = 512 * 1024 * 1024;

fn main() {
    let argv: Vec<String> = std::env::args().collect();
    let prog = argv.first().cloned().unwrap_or_else(|| "ferrython".into());
    let opts = match args::parse(&prog, &argv[1..]) {
        Parsed::Run(o) => o,
        Parsed::Exit { stdout, stderr, code } => {
            print!("{stdout}");
            eprint!("{stderr}");
            let _ = std::io::stdout().flush();
            std::process::exit(code);
        }
    };
    install_sigint_handler();
    let handle = std::thread::Builder::new().name("main".into()).stack_size(STACK_SIZE).spawn(move || run(prog, argv, opts));
    let code = match handle.map(|h| h.join()) {
        Ok(Ok(code)) => code,
        _ => {
            let _ = ferrython_vm::modules::io::flush_stdout_buffer();
            eprintln!("ferrython: internal error: the interpreter thread panicked");
            70
        }
    };
    let _ = ferrython_vm::modules::io::flush_stdout_buffer();
    std::process::exit(code);
}

fn run(prog: String, argv: Vec<String>, opts: args::Options) -> i32 {
    let env = |name: &str| if opts.ignore_environment { None } else { std::env::var(name).ok().filter(|v| !v.is_empty()) };
    let mut config = Config { orig_argv: argv.clone(), unbuffered: opts.unbuffered || env("PYTHONUNBUFFERED").is_some(), ..Config::default() };
    config.isolated = opts.isolated;
    config.ignore_environment = opts.ignore_environment;
    config.no_site = opts.no_site;
    config.quiet = opts.quiet;
    config.inspect = opts.inspect;
    config.hash_seed = env("PYTHONHASHSEED").and_then(|s| if s == "random" { None } else { s.parse().ok() });
    for x in &opts.xoptions {
        if let Some(n) = x.strip_prefix("int_max_str_digits=") {
            if let Ok(n) = n.parse() {
                config.int_max_str_digits = n;
            }
        }
    }
    let cwd = std::env::current_dir().map(|p| p.to_string_lossy().into_owned()).unwrap_or_default();
    let target = opts.target.clone().unwrap_or(Target::Stdin { dash: false });
    let (argv0, path0) = match &target {
        Target::Command(_) => ("-c".to_string(), if opts.isolated { None } else { Some(String::new()) }),
        Target::Module(m) => (m.clone(), if opts.isolated { None } else { Some(cwd.clone()) }),
        Target::Script(s) => {
            let abs = absolute(s);
            let dir = std::path::Path::new(&abs).parent().map(|p| p.to_string_lossy().into_owned()).unwrap_or_default();
            (s.clone(), if opts.isolated { None } else { Some(dir) })
        }
        Target::Stdin { dash } => (if *dash { "-".into() } else { String::new() }, if opts.isolated { None } else { Some(String::new()) }),
    };
    config.argv = std::iter::once(argv0).chain(opts.rest.iter().cloned()).collect();
    let mut path = Vec::new();
    if let Some(p) = path0 {
        path.push(p);
    }
    if let Some(pp) = env("PYTHONPATH") {
        path.extend(pp.split(':').filter(|s| !s.is_empty()).map(|s| s.to_string()));
    }
    for x in &opts.xoptions {
        if let Some(dir) = x.strip_prefix("cpython-lib=") {
            path.push(dir.to_string());
        }
    }
    if let Some(dir) = env("FERRYTHON_CPYTHON_LIB") {
        path.push(dir);
    }
    config.path = path;

    let mut interp = Interpreter::new(config);
    let status = match &target {
        Target::Command(cmd) => interp.run_main(cmd, "<string>", None),
        Target::Module(m) => interp.run_module(m),
        Target::Script(s) => match std::fs::read(s) {
            Ok(bytes) => {
                let abs = absolute(s);
                let mut src = String::from_utf8_lossy(&bytes).into_owned();
                if opts.skip_first_line {
                    src = match src.find('\n') {
                        Some(i) => format!("\n{}", &src[i + 1..]),
                        None => String::new(),
                    };
                }
                interp.run_main(&src, &abs, Some(&abs))
            }
            Err(e) => {
                let abs = absolute(s);
                let errno = e.raw_os_error().unwrap_or(2);
                let msg = errno_message(errno, &e);
                eprintln!("{prog}: can't open file '{abs}': [Errno {errno}] {msg}");
                return 2;
            }
        },
        Target::Stdin { .. } => {
            if std::io::stdin().is_terminal() || opts.inspect {
                repl::run(&mut interp, opts.quiet)
            } else {
                let mut src = String::new();
                let _ = std::io::stdin().read_to_string(&mut src);
                interp.run_main(&src, "<stdin>", None)
            }
        }
    };
    let status = if opts.inspect && !matches!(target, Target::Stdin { .. }) && !matches!(status, ExitStatus::Exit(_)) {
        repl::run(&mut interp, true)
    } else {
        status
    };
    if !interp.flush() && status == ExitStatus::Ok {
        return 120;
    }
    if status == ExitStatus::Interrupted {
        let _ = ferrython_vm::modules::io::flush_stdout_buffer();
        // End by SIGINT like CPython so the shell reports 130.
        unsafe_sigint_exit();
    }
    status.code()
}

fn absolute(p: &str) -> String {
    ferrython_vm::import::absolute_path(p)
}

fn errno_message(errno: i32, e: &std::io::Error) -> String {
    match errno {
        2 => "No such file or directory".into(),
        13 => "Permission denied".into(),
        21 => "Is a directory".into(),
        _ => {
            let s = e.to_string();
            s.split(" (os error").next().unwrap_or(&s).to_string()
        }
    }
}

fn install_sigint_handler() {
    // Without a signal crate we rely on the default SIGINT action (terminate with
    // status 130 in the shell), which matches CPython's exit status for an
    // uncaught KeyboardInterrupt; the traceback is not printed yet.
}

fn unsafe_sigint_exit() {
    std::process::exit(130);
}
