//! Compiles the demo corpus (`demo/corpus/**`) into the binary, so `storyline demo` works from any
//! directory. Files are listed in name order; the list is regenerated when the corpus changes.

use std::path::{Path, PathBuf};

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../demo/corpus");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut files = Vec::new();
    walk(&root, &mut files);
    files.sort();
    let mut code = String::from("&[\n");
    for file in &files {
        println!("cargo:rerun-if-changed={}", file.display());
        let rel = file.strip_prefix(&root).expect("under the corpus root").to_string_lossy().replace('\\', "/");
        code.push_str(&format!(
            "    ({:?}, include_bytes!({:?})),\n",
            format!("demo/{rel}"),
            file.display().to_string()
        ));
    }
    code.push(']');
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("OUT_DIR")).join("demo_corpus.rs");
    std::fs::write(out, code).expect("write demo corpus list");
}

fn walk(dir: &Path, files: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            walk(&path, files);
        } else {
            files.push(path);
        }
    }
}
