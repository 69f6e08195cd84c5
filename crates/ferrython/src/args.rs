//! Command-line parsing with CPython's getopt-like syntax (`-c` ends option parsing,
//! combined flags `-uB`, `-Xopt` / `-X opt`), and its messages and exit statuses.
//! Parsed by hand: clap's conventions differ (DESIGN.md).

/// What to run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    Command(String),
    Module(String),
    Script(String),
    /// `-` or no argument: read the program from stdin (REPL when it is a terminal).
    Stdin { dash: bool },
}

#[derive(Debug, Clone, Default)]
pub struct Options {
    pub target: Option<Target>,
    /// Arguments after the target (become sys.argv[1:]).
    pub rest: Vec<String>,
    pub unbuffered: bool,
    pub ignore_environment: bool,
    pub isolated: bool,
    pub no_site: bool,
    pub no_user_site: bool,
    pub dont_write_bytecode: bool,
    pub quiet: bool,
    pub inspect: bool,
    pub skip_first_line: bool,
    pub verbose: u32,
    pub xoptions: Vec<String>,
    pub warnoptions: Vec<String>,
}

/// Outcome of parsing: run, or print something and exit.
#[derive(Debug)]
pub enum Parsed {
    Run(Options),
    Exit { stdout: String, stderr: String, code: i32 },
}

fn usage_line(prog: &str) -> String {
    format!("usage: {prog} [option] ... [-c cmd | -m mod | file | -] [arg] ...\n")
}

fn usage_error(prog: &str, msg: &str) -> Parsed {
    Parsed::Exit {
        stdout: String::new(),
        stderr: format!("{msg}\n{}Try `python -h' for more information.\n", usage_line(prog)),
        code: 2,
    }
}

const HELP: &str = "\
Options:
-B     : don't write .pyc files on import
-c cmd : program passed in as string (terminates option list)
-E     : ignore PYTHON* environment variables (such as PYTHONPATH)
-h     : print this help message and exit (also -? or --help)
-i     : inspect interactively after running script
-I     : isolate Python from the user's environment (implies -E and -s)
-m mod : run library module as a script (terminates option list)
-q     : don't print version and copyright messages on interactive startup
-s     : don't add user site directory to sys.path
-S     : don't imply 'import site' on initialization
-u     : force the stdout and stderr streams to be unbuffered
-v     : verbose (trace import statements)
-V     : print the Python version number and exit (also --version)
-W arg : warning control
-x     : skip first line of source
-X opt : set implementation-specific option (utf8, cpython-lib=DIR, ...)
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]
";

pub fn parse(prog: &str, args: &[String]) -> Parsed {
    let mut o = Options::default();
    let mut i = 0;
    while i < args.len() {
        let a = &args[i];
        if a == "--" {
            i += 1;
            break;
        }
        if a == "--version" {
            return Parsed::Exit { stdout: "Python 3.11.7\n".into(), stderr: String::new(), code: 0 };
        }
        if a == "--help" {
            return Parsed::Exit { stdout: format!("{}{HELP}", usage_line(prog)), stderr: String::new(), code: 0 };
        }
        if a.starts_with("--") {
            return usage_error(prog, &format!("unknown option {a}"));
        }
        if a == "-" || !a.starts_with('-') {
            break;
        }
        let flags: Vec<char> = a[1..].chars().collect();
        let mut j = 0;
        while j < flags.len() {
            let c = flags[j];
            // Options taking an argument: the rest of this word, or the next one.
            let take_arg = |i: &mut usize, j: usize| -> Option<String> {
                let rest: String = flags[j + 1..].iter().collect();
                if !rest.is_empty() {
                    Some(rest)
                } else {
                    *i += 1;
                    args.get(*i).cloned()
                }
            };
            match c {
                'c' => {
                    let Some(cmd) = take_arg(&mut i, j) else {
                        return usage_error(prog, "Argument expected for the -c option");
                    };
                    o.target = Some(Target::Command(cmd));
                    o.rest = args[i + 1..].to_vec();
                    return Parsed::Run(o);
                }
                'm' => {
                    let Some(m) = take_arg(&mut i, j) else {
                        return usage_error(prog, "Argument expected for the -m option");
                    };
                    o.target = Some(Target::Module(m));
                    o.rest = args[i + 1..].to_vec();
                    return Parsed::Run(o);
                }
                'X' | 'W' => {
                    let Some(v) = take_arg(&mut i, j) else {
                        return usage_error(prog, &format!("Argument expected for the -{c} option"));
                    };
                    if c == 'X' {
                        o.xoptions.push(v);
                    } else {
                        o.warnoptions.push(v);
                    }
                    j = flags.len();
                    continue;
                }
                'u' => o.unbuffered = true,
                'E' => o.ignore_environment = true,
                'I' => {
                    o.isolated = true;
                    o.ignore_environment = true;
                    o.no_user_site = true;
                }
                'S' => o.no_site = true,
                's' => o.no_user_site = true,
                'B' => o.dont_write_bytecode = true,
                'q' => o.quiet = true,
                'i' => o.inspect = true,
                'x' => o.skip_first_line = true,
                'v' => o.verbose += 1,
                'b' | 'd' | 'O' | 'R' | 'P' => {}
                'V' => return Parsed::Exit { stdout: "Python 3.11.7\n".into(), stderr: String::new(), code: 0 },
                'h' | '?' => {
                    return Parsed::Exit { stdout: format!("{}{HELP}", usage_line(prog)), stderr: String::new(), code: 0 }
                }
                _ => return usage_error(prog, &format!("Unknown option: -{c}")),
            }
            j += 1;
        }
        i += 1;
    }
    match args.get(i) {
        Some(a) if a == "-" => {
            o.target = Some(Target::Stdin { dash: true });
            o.rest = args[i + 1..].to_vec();
        }
        Some(a) => {
            o.target = Some(Target::Script(a.clone()));
            o.rest = args[i + 1..].to_vec();
        }
        None => o.target = Some(Target::Stdin { dash: false }),
    }
    Parsed::Run(o)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(args: &[&str]) -> Options {
        match parse("python3", &args.iter().map(|s| s.to_string()).collect::<Vec<_>>()) {
            Parsed::Run(o) => o,
            Parsed::Exit { .. } => panic!("exit"),
        }
    }

    #[test]
    fn dash_c_ends_option_parsing() {
        let o = run(&["-u", "-c", "print(1)", "-x", "y"]);
        assert_eq!(o.target, Some(Target::Command("print(1)".into())));
        assert_eq!(o.rest, vec!["-x", "y"]);
        assert!(o.unbuffered);
    }

    #[test]
    fn combined_flags_and_attached_args() {
        let o = run(&["-uBq", "-Xutf8", "-cpass"]);
        assert!(o.unbuffered && o.dont_write_bytecode && o.quiet);
        assert_eq!(o.xoptions, vec!["utf8"]);
        assert_eq!(o.target, Some(Target::Command("pass".into())));
    }

    #[test]
    fn unknown_option_is_usage_error() {
        match parse("python3", &["-Z".to_string()]) {
            Parsed::Exit { code, stderr, .. } => {
                assert_eq!(code, 2);
                assert!(stderr.starts_with("Unknown option: -Z\nusage: python3 [option]"));
            }
            _ => panic!(),
        }
    }

    #[test]
    fn script_and_args() {
        let o = run(&["-E", "a.py", "-c", "x"]);
        assert_eq!(o.target, Some(Target::Script("a.py".into())));
        assert_eq!(o.rest, vec!["-c", "x"]);
    }
}
