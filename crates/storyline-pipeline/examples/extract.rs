//! Prints what the HTML extractor finds in a page: `cargo run --example extract -- page.html`.

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: extract PAGE.html");
        std::process::exit(2);
    };
    let bytes = std::fs::read(&path).unwrap_or_else(|e| {
        eprintln!("{path}: {e}");
        std::process::exit(2)
    });
    let html = String::from_utf8_lossy(&bytes);
    let page = storyline_pipeline::clean::html::extract(&storyline_pipeline::clean::CleanConfig::standard(), &html);
    println!(
        "title: {:?}\nbyline: {:?}\npublished: {:?}\noutlet: {:?}\n",
        page.title, page.byline, page.published, page.outlet
    );
    println!("{}", page.text);
}
