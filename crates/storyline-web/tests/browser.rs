//! The app in a real browser: headless Chromium driven over WebDriver (chromedriver), against the
//! server on a loopback port with the demo corpus. Screenshots go to `target/browser-shots/`.
//!
//! Needs Debian's `chromium` and `chromium-driver` (`.ci/run` installs them). Without them the
//! test says so and passes, unless `STORYLINE_BROWSER_TESTS=required` (set by `.ci/run`), where
//! a missing browser fails it.

mod common;

use fantoccini::{Client, ClientBuilder, Locator};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const CHROMIUM: &str = "/usr/bin/chromium";

fn find_driver() -> Option<PathBuf> {
    ["/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver"].iter().map(PathBuf::from).find(|p| p.exists())
}

struct Driver(Child);

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

fn wait_for_port(port: u16) {
    let deadline = Instant::now() + Duration::from_secs(30);
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(Instant::now() < deadline, "chromedriver did not listen on {port}");
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// Starts the app on a free loopback port in a background thread.
fn start_server(dir: &Path) -> SocketAddr {
    let (tx, rx) = std::sync::mpsc::channel();
    let dir = dir.to_path_buf();
    std::thread::spawn(move || {
        storyline_web::serve(&dir, "127.0.0.1:0".parse().unwrap(), |addr| tx.send(addr).unwrap()).unwrap();
    });
    rx.recv_timeout(Duration::from_secs(30)).expect("server started")
}

async fn shot(client: &Client, name: &str) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/browser-shots");
    std::fs::create_dir_all(&dir).unwrap();
    let png = client.screenshot().await.expect("screenshot");
    assert!(png.starts_with(b"\x89PNG"), "a PNG");
    std::fs::write(dir.join(format!("{name}.png")), png).unwrap();
}

/// Waits until the page at `part` has loaded (a click starts a navigation that the next find could
/// outrun, reading the page it leaves).
async fn wait_for_url(client: &Client, part: &str) {
    for _ in 0..200 {
        let url = client.current_url().await.map(|u| u.to_string()).unwrap_or_default();
        let ready = client.execute("return document.readyState", vec![]).await.ok();
        if url.contains(part) && ready.as_ref().and_then(|r| r.as_str()) == Some("complete") {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("never reached a page at {part}");
}

async fn wait_for(client: &Client, css: &str) -> fantoccini::elements::Element {
    let found = client.wait().at_most(Duration::from_secs(20)).for_element(Locator::Css(css)).await;
    match found {
        Ok(element) => element,
        Err(e) => {
            let url = client.current_url().await.map(|u| u.to_string()).unwrap_or_default();
            panic!("no {css} on {url}: {e}")
        }
    }
}

#[test]
fn search_story_timeline_article_and_removed_lines_in_chromium() {
    let required = std::env::var("STORYLINE_BROWSER_TESTS").is_ok_and(|v| v == "required");
    let driver = find_driver();
    if driver.is_none() || !Path::new(CHROMIUM).exists() {
        assert!(!required, "STORYLINE_BROWSER_TESTS=required but chromium or chromedriver is missing");
        eprintln!("skipped: install Debian's chromium and chromium-driver to run the browser test");
        return;
    }
    let store = common::demo_store();
    let addr = start_server(store.path());
    let port = free_port();
    let _driver = Driver(
        Command::new(driver.unwrap())
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start chromedriver"),
    );
    wait_for_port(port);
    let profile = tempfile::tempdir().unwrap();

    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    runtime.block_on(async {
        let mut caps = serde_json::Map::new();
        caps.insert(
            "goog:chromeOptions".into(),
            serde_json::json!({
                "binary": CHROMIUM,
                "args": [
                    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--window-size=1280,1100",
                    format!("--user-data-dir={}", profile.path().display()),
                ],
            }),
        );
        let connector = hyper_util::client::legacy::connect::HttpConnector::new();
        let client = ClientBuilder::new(connector)
            .capabilities(caps)
            .connect(&format!("http://127.0.0.1:{port}"))
            .await
            .expect("WebDriver session");
        let base = format!("http://{addr}");

        // Search for a word of the demo corpus.
        client.goto(&format!("{base}/")).await.unwrap();
        let q = wait_for(&client, "form#search input[name=q]").await;
        q.send_keys("strike").await.unwrap();
        client.find(Locator::Css("form#search button[type=submit]")).await.unwrap().click().await.unwrap();
        wait_for_url(&client, "q=strike").await;
        wait_for(&client, "li.hit").await;
        let count = client.find(Locator::Css("#count")).await.unwrap().text().await.unwrap();
        assert!(count.contains("match") && count.contains("strike"), "{count}");
        // The facet lists arrive after the hits, from /api/facets, as links that filter.
        wait_for(&client, "#facet-lists[data-loaded=true] ul li a").await;
        let outlet = client.find(Locator::Css("#facet-lists a[href*='outlet=']")).await.unwrap();
        assert!(!outlet.text().await.unwrap().is_empty());
        let marked = client.find_all(Locator::Css("li.hit mark")).await.unwrap();
        assert!(!marked.is_empty(), "matches are highlighted");
        shot(&client, "1-search").await;

        // Open the story of the first hit and see its timeline.
        let story = client.find(Locator::Css("li.hit a.story-link")).await.unwrap();
        let story_title = story.text().await.unwrap();
        story.click().await.unwrap();
        let heading = wait_for(&client, "#story-title").await.text().await.unwrap();
        assert_eq!(heading, story_title);
        let entries = client.find_all(Locator::Css("#timeline li.entry")).await.unwrap();
        assert!(entries.len() >= 2, "a timeline with dated entries: {}", entries.len());
        let first_date = entries[0].find(Locator::Css("time")).await.unwrap().text().await.unwrap();
        assert!(first_date.starts_with("20"), "{first_date}");
        assert!(entries[0].find(Locator::Css("ul.sources a")).await.is_ok(), "entries name their sources");
        shot(&client, "2-story").await;

        // Open the article that carries the page furniture (the seed-format one), toggle its removed lines.
        let mut target = None;
        for link in client.find_all(Locator::Css("#articles > li > a")).await.unwrap() {
            let href = link.attr("href").await.unwrap().unwrap_or_default();
            let article = get_json(&format!("{base}/api{href}")).await;
            if article["removed"].as_array().is_some_and(|r| !r.is_empty()) {
                target = Some(link);
                break;
            }
        }
        let link = target.expect("an article of the story with removed lines");
        link.click().await.unwrap();
        wait_for(&client, "#article-title").await;
        let body = client.find(Locator::Css("#body")).await.unwrap();
        assert!(!body.find_all(Locator::Css(".f")).await.unwrap().is_empty(), "facts are highlighted");
        let removed_item = client.find(Locator::Css("#removed li")).await.unwrap();
        assert!(!removed_item.is_displayed().await.unwrap(), "removed lines start hidden");
        client.find(Locator::Css("#removed summary")).await.unwrap().click().await.unwrap();
        assert!(removed_item.is_displayed().await.unwrap(), "the toggle shows removed lines");
        let label = client.find(Locator::Css("#removed li .label")).await.unwrap().text().await.unwrap();
        assert!(!label.is_empty());
        shot(&client, "3-article").await;

        // The coverage heatmap and an entity page draw.
        client.goto(&format!("{base}/coverage")).await.unwrap();
        wait_for(&client, "#heatmap svg rect.hit").await;
        shot(&client, "4-coverage").await;
        client.goto(&format!("{base}/entities/Rotterdam")).await.unwrap();
        wait_for(&client, "#chart svg rect").await;
        shot(&client, "5-entity").await;

        // Add a file from the browser: it goes through the pipeline and is found by search.
        let upload = profile.path().join("desk-notes.jsonl");
        std::fs::write(
            &upload,
            "{\"id\":\"b-1\",\"title\":\"Lock keepers vote on overtime\",\"date\":\"2025-05-16\",\"text\":\"Lock keepers on the Rhine voted on Friday to refuse overtime, their union said.\"}\n",
        )
        .unwrap();
        client.goto(&format!("{base}/ingest")).await.unwrap();
        let input = wait_for(&client, "input#files").await;
        input.send_keys(upload.to_str().unwrap()).await.unwrap();
        let done = wait_for(&client, "#uploads li.done").await;
        let status = done.text().await.unwrap();
        assert!(status.contains("1 read, 1 new"), "{status}");
        shot(&client, "6-ingest").await;
        client.goto(&format!("{base}/search?q=overtime")).await.unwrap();
        let hit = wait_for(&client, "li.hit a.hit-title").await.text().await.unwrap();
        assert_eq!(hit, "Lock keepers vote on overtime");

        client.close().await.unwrap();
    });
}

/// GET a JSON document from the app (over a plain TCP socket: the test needs no HTTP client).
async fn get_json(url: &str) -> serde_json::Value {
    let url = url.strip_prefix("http://").unwrap();
    let (host, path) = url.split_once('/').unwrap();
    let mut stream = TcpStream::connect(host).unwrap();
    use std::io::{Read, Write};
    write!(stream, "GET /{path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n").unwrap();
    let mut reply = String::new();
    stream.read_to_string(&mut reply).unwrap();
    let body = reply.split_once("\r\n\r\n").map(|(_, b)| b).unwrap_or("");
    serde_json::from_str(body).unwrap_or(serde_json::Value::Null)
}
