//! Embeds the Python modules of the repository's `lib/` tree into the binary:
//! generates a table (module name, source, is_package) included by `lib_modules.rs`.

use std::path::{Path, PathBuf};

fn walk(dir: &Path, prefix: &str, out: &mut Vec<(String, PathBuf, bool)>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    let mut entries: Vec<_> = entries.flatten().collect();
    entries.sort_by_key(|e| e.file_name());
    for e in entries {
        let p = e.path();
        let name = e.file_name().to_string_lossy().into_owned();
        if p.is_dir() {
            let init = p.join("__init__.py");
            if init.is_file() {
                let modname = format!("{prefix}{name}");
                out.push((modname.clone(), init, true));
                walk(&p, &format!("{modname}."), out);
            }
        } else if let Some(stem) = name.strip_suffix(".py") {
            if stem != "__init__" {
                out.push((format!("{prefix}{stem}"), p.clone(), false));
            }
        }
    }
}

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap());
    let lib = manifest.join("../../lib");
    println!("cargo:rerun-if-changed={}", lib.display());
    let mut mods = Vec::new();
    walk(&lib, "", &mut mods);
    let mut src = String::from("pub static LIB: &[(&str, &str, bool)] = &[\n");
    for (name, path, pkg) in &mods {
        println!("cargo:rerun-if-changed={}", path.display());
        let abs = path.canonicalize().unwrap();
        src.push_str(&format!("    ({name:?}, include_str!({:?}), {pkg}),\n", abs.display().to_string()));
    }
    src.push_str("];\n");
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap()).join("lib_modules.rs");
    std::fs::write(out, src).unwrap();
}
