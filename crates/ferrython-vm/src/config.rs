//! Per-process configuration set by the command line (or an embedder).

#[derive(Clone, Debug)]
pub struct Config {
    /// `sys.argv`.
    pub argv: Vec<String>,
    /// `sys.orig_argv`.
    pub orig_argv: Vec<String>,
    /// Initial `sys.path`.
    pub path: Vec<String>,
    /// PYTHONHASHSEED (None: random).
    pub hash_seed: Option<u64>,
    /// `-u` / PYTHONUNBUFFERED.
    pub unbuffered: bool,
    /// `-X int_max_str_digits` / `sys.set_int_max_str_digits` (0 = no limit).
    pub int_max_str_digits: usize,
    /// `-I`, `-E`, `-S`, `-B`, `-q` flags as given.
    pub isolated: bool,
    pub ignore_environment: bool,
    pub no_site: bool,
    pub quiet: bool,
    pub inspect: bool,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            argv: vec![String::new()],
            orig_argv: vec!["ferrython".into()],
            path: Vec::new(),
            hash_seed: None,
            unbuffered: false,
            int_max_str_digits: 4300,
            isolated: false,
            ignore_environment: false,
            no_site: false,
            quiet: false,
            inspect: false,
        }
    }
}
