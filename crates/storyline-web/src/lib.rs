//! `storyline serve`: the store as a local web app, and a JSON API returning the shapes the CLI's
//! `--json` prints.
//!
//! Every handler goes through the engine façade, like the CLI. Reads run on a small pool of
//! read-only engines (SQLite in WAL mode lets them run beside the one writer), on tokio's blocking
//! threads; uploads go to the one read-write engine, one at a time.
//!
//! Article text is untrusted: templates escape everything (minijinja auto-escapes `*.html`), the
//! few fragments built in Rust (highlights, charts) escape through [`render::esc`], no stored HTML
//! is ever rendered, and every response carries a strict Content-Security-Policy with no inline
//! script or style. Assets are compiled into the binary and looked up by exact name, so no
//! request path ever reaches the file system.
#![deny(missing_docs)]

mod api;
mod export;
mod pages;
mod render;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use storyline_engine::Engine;

/// Largest upload `/api/ingest` takes, in bytes.
pub const MAX_UPLOAD: usize = 64 * 1024 * 1024;

/// Everything that can stop the server from starting or running.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The store could not be opened.
    #[error(transparent)]
    Engine(#[from] storyline_engine::Error),
    /// The address could not be bound, or the server failed.
    #[error("cannot serve on {addr}: {source}")]
    Io {
        /// Address asked for.
        addr: SocketAddr,
        /// Cause.
        source: std::io::Error,
    },
}

/// The running app's shared state: the store and the templates.
pub struct App {
    dir: PathBuf,
    readers: Mutex<Vec<Engine>>,
    /// One permit per reader: requests beyond them wait their turn (first come, first served)
    /// instead of opening engines of their own.
    permits: Arc<tokio::sync::Semaphore>,
    writer: Mutex<Engine>,
    templates: minijinja::Environment<'static>,
    cache: Mutex<Cache>,
}

/// Answers to repeated searches, kept until the store changes.
#[derive(Default)]
struct Cache {
    stamp: Option<Stamp>,
    answers: std::collections::HashMap<String, Arc<String>>,
}

/// Answers kept at most; the cache starts over when full.
const CACHE_SIZE: usize = 2048;

/// What changes whenever any process commits to the store: the database file's, its write-ahead
/// log's and the search index's commit file's length and modification time.
type Stamp = [(u64, Option<std::time::SystemTime>); 3];

fn stamp(dir: &Path) -> Stamp {
    let of = |name: &str| std::fs::metadata(dir.join(name)).map(|m| (m.len(), m.modified().ok())).unwrap_or((0, None));
    [
        of(storyline_engine::DB_FILE),
        of(&format!("{}-wal", storyline_engine::DB_FILE)),
        of(&format!("{}/meta.json", storyline_engine::SEARCH_DIR)),
    ]
}

/// Read-only engines, opened on demand and kept between requests; also how many read requests
/// run at once (a few per core: more only adds switching).
const READERS: usize = 8;

impl App {
    /// Opens (creating if needed) the store in `dir`.
    pub fn open(dir: &Path) -> Result<Arc<App>, Error> {
        let writer = Engine::open(dir)?;
        Ok(Arc::new(App {
            dir: dir.to_path_buf(),
            readers: Mutex::new(Vec::new()),
            permits: Arc::new(tokio::sync::Semaphore::new(READERS)),
            writer: Mutex::new(writer),
            templates: render::templates(),
            cache: Mutex::new(Cache::default()),
        }))
    }

    /// Runs `f` on a read-only engine, on a blocking thread.
    async fn read<T, E, F>(self: &Arc<Self>, f: F) -> Result<T, Failure>
    where
        T: Send + 'static,
        E: Into<Failure>,
        F: FnOnce(&Engine) -> Result<T, E> + Send + 'static,
    {
        let app = Arc::clone(self);
        let permit = Arc::clone(&self.permits)
            .acquire_owned()
            .await
            .map_err(|e| Failure::internal(format!("readers closed: {e}")))?;
        tokio::task::spawn_blocking(move || {
            let _permit = permit;
            let pooled = app.readers.lock().unwrap_or_else(|e| e.into_inner()).pop();
            let engine = match pooled {
                Some(engine) => engine,
                None => Engine::open_read_only(&app.dir).map_err(Failure::from)?,
            };
            let out = f(&engine);
            app.readers.lock().unwrap_or_else(|e| e.into_inner()).push(engine);
            out.map_err(Into::into)
        })
        .await
        .map_err(|e| Failure::internal(format!("worker failed: {e}")))?
    }

    /// The answer kept for `key` if the store has not changed since, else `compute`'s (kept).
    async fn cached<E, F>(self: &Arc<Self>, key: String, compute: F) -> Result<Arc<String>, Failure>
    where
        E: Into<Failure>,
        F: FnOnce(&Engine) -> Result<String, E> + Send + 'static,
    {
        let now = stamp(&self.dir);
        {
            let mut cache = self.cache.lock().unwrap_or_else(|e| e.into_inner());
            if cache.stamp != Some(now) {
                cache.answers.clear();
                cache.stamp = Some(now);
            }
            if let Some(answer) = cache.answers.get(&key) {
                return Ok(Arc::clone(answer));
            }
        }
        let answer = Arc::new(self.read(compute).await?);
        let mut cache = self.cache.lock().unwrap_or_else(|e| e.into_inner());
        if cache.stamp == Some(now) {
            if cache.answers.len() >= CACHE_SIZE {
                cache.answers.clear();
            }
            cache.answers.insert(key, Arc::clone(&answer));
        }
        Ok(answer)
    }

    /// Runs `f` on the read-write engine, on a blocking thread, one writer at a time.
    async fn write<T, F>(self: &Arc<Self>, f: F) -> Result<T, Failure>
    where
        T: Send + 'static,
        F: FnOnce(&mut Engine) -> Result<T, storyline_engine::Error> + Send + 'static,
    {
        let app = Arc::clone(self);
        tokio::task::spawn_blocking(move || {
            let mut engine = app.writer.lock().unwrap_or_else(|e| e.into_inner());
            f(&mut engine).map_err(Failure::from)
        })
        .await
        .map_err(|e| Failure::internal(format!("worker failed: {e}")))?
    }
}

/// The app's routes: pages, the JSON API, exports and assets.
pub fn router(app: Arc<App>) -> Router {
    Router::new()
        .route("/", get(pages::home))
        .route("/search", get(pages::search))
        .route("/stories", get(pages::stories))
        .route("/stories/{id}", get(pages::story))
        .route("/events/{id}", get(pages::event))
        .route("/articles/{id}", get(pages::article))
        .route("/articles/{id}/claims/{n}", get(pages::claim))
        .route("/entities/{name}", get(pages::entity))
        .route("/coverage", get(pages::coverage))
        .route("/ingest", get(pages::ingest))
        .route("/export/search", get(export::search))
        .route("/export/stories/{id}", get(export::story))
        .route("/export/timelines/{id}", get(export::timeline))
        .route("/assets/{name}", get(asset))
        .route("/api/search", get(api::search))
        .route("/api/facets", get(api::facets))
        .route("/api/stats", get(api::stats))
        .route("/api/stories", get(api::stories))
        .route("/api/stories/{id}", get(api::story))
        .route("/api/stories/{id}/timeline", get(api::timeline))
        .route("/api/events", get(api::events))
        .route("/api/events/{id}", get(api::event))
        .route("/api/articles/{id}", get(api::article))
        .route("/api/articles/{id}/claims/{n}", get(api::provenance))
        .route("/api/entities/{name}", get(api::entity))
        .route("/api/coverage", get(api::coverage))
        .route("/api/ingest", post(api::ingest).layer(DefaultBodyLimit::max(MAX_UPLOAD)))
        .route("/api/openapi.yaml", get(openapi))
        .route("/api/{*rest}", get(api::not_found))
        .fallback(pages::not_found)
        .layer(DefaultBodyLimit::max(64 * 1024))
        .layer(axum::middleware::map_response(secure))
        .with_state(app)
}

/// Serves `dir` on `addr` until Ctrl-C; `on_ready` gets the bound address (port 0 picks one).
pub fn serve(dir: &Path, addr: SocketAddr, on_ready: impl FnOnce(SocketAddr)) -> Result<(), Error> {
    let app = App::open(dir)?;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|source| Error::Io { addr, source })?;
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind(addr).await.map_err(|source| Error::Io { addr, source })?;
        let bound = listener.local_addr().map_err(|source| Error::Io { addr, source })?;
        on_ready(bound);
        axum::serve(listener, router(app))
            .with_graceful_shutdown(async {
                let _ = tokio::signal::ctrl_c().await;
            })
            .await
            .map_err(|source| Error::Io { addr, source })
    })
}

/// Headers every response carries: no inline script or style, nothing from elsewhere, no framing.
async fn secure(mut response: Response) -> Response {
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(
            "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; \
             form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
        ),
    );
    headers.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    headers.insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
    response
}

/// The embedded assets, by exact name.
const ASSETS: &[(&str, &str, &str)] = &[
    ("app.css", "text/css; charset=utf-8", include_str!("../assets/app.css")),
    ("app.js", "text/javascript; charset=utf-8", include_str!("../assets/app.js")),
];

async fn asset(axum::extract::Path(name): axum::extract::Path<String>) -> Response {
    match ASSETS.iter().find(|(n, _, _)| *n == name) {
        Some((_, mime, body)) => {
            ([(header::CONTENT_TYPE, *mime), (header::CACHE_CONTROL, "public, max-age=3600")], *body).into_response()
        }
        None => (StatusCode::NOT_FOUND, "no such asset").into_response(),
    }
}

async fn openapi() -> Response {
    ([(header::CONTENT_TYPE, "application/yaml; charset=utf-8")], include_str!("../../../docs/openapi.yaml"))
        .into_response()
}

/// A request that failed: its status and a message for the user.
#[derive(Debug)]
pub(crate) struct Failure {
    status: StatusCode,
    message: String,
}

impl Failure {
    pub(crate) fn bad_request(message: impl Into<String>) -> Failure {
        Failure { status: StatusCode::BAD_REQUEST, message: message.into() }
    }

    pub(crate) fn not_found(message: impl Into<String>) -> Failure {
        Failure { status: StatusCode::NOT_FOUND, message: message.into() }
    }

    fn internal(detail: String) -> Failure {
        tracing::error!("{detail}");
        Failure {
            status: StatusCode::INTERNAL_SERVER_ERROR,
            message: "something went wrong on the server; its log says what".into(),
        }
    }
}

impl From<storyline_engine::Error> for Failure {
    fn from(err: storyline_engine::Error) -> Failure {
        use storyline_engine::Error as E;
        match err {
            E::ArticleNotFound(_)
            | E::StoryNotFound(_)
            | E::EventNotFound(_)
            | E::EntityNotFound(_)
            | E::ClaimNotFound { .. } => Failure::not_found(err.to_string()),
            E::Store(storyline_engine::StoreError::InvalidQuery(msg)) => Failure::bad_request(msg),
            other => Failure::internal(other.to_string()),
        }
    }
}
