//! The app in process (no socket): every page and API route over the demo corpus plus a hostile
//! article, checked for content, shapes, escaping, headers and errors.

mod common;

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use http_body_util::BodyExt;
use serde_json::Value;
use storyline_engine::{Engine, SearchQuery};
use tower::ServiceExt;

struct Reply {
    status: StatusCode,
    headers: axum::http::HeaderMap,
    body: String,
}

impl Reply {
    fn json(&self) -> Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.body))
    }
}

async fn call(app: &axum::Router, method: &str, uri: &str, body: Vec<u8>) -> Reply {
    let request = Request::builder().method(method).uri(uri).body(Body::from(body)).expect("request");
    let response = app.clone().oneshot(request).await.expect("infallible");
    let status = response.status();
    let headers = response.headers().clone();
    let bytes = response.into_body().collect().await.expect("body").to_bytes();
    Reply { status, headers, body: String::from_utf8_lossy(&bytes).into_owned() }
}

/// A value as the CLI prints it (f32 fields keep their printed precision).
fn printed<T: serde::Serialize>(value: &T) -> Value {
    serde_json::from_str(&serde_json::to_string(value).unwrap()).unwrap()
}

async fn get(app: &axum::Router, uri: &str) -> Reply {
    call(app, "GET", uri, Vec::new()).await
}

#[tokio::test]
async fn api_returns_the_cli_shapes() {
    let store = common::demo_store();
    let app = common::router(store.path());
    let engine = Engine::open_read_only(store.path()).unwrap();

    let reply = get(&app, "/api/search?q=strike&limit=5").await;
    assert_eq!(reply.status, StatusCode::OK);
    let expected = printed(&engine.search(&SearchQuery::new("strike", 5)).unwrap());
    let (got, expected) = (reply.json(), expected);
    assert_eq!(got.as_array().unwrap().len(), expected.as_array().unwrap().len());
    assert!(!got.as_array().unwrap().is_empty());
    for (g, e) in got.as_array().unwrap().iter().zip(expected.as_array().unwrap()) {
        let keys = |v: &Value| v.as_object().unwrap().keys().cloned().collect::<Vec<_>>();
        assert_eq!(keys(g), keys(e));
        for key in ["id", "title", "outlet", "published", "snippet", "story"] {
            assert_eq!(g[key], e[key], "{key}");
        }
        assert!((g["score"].as_f64().unwrap() - e["score"].as_f64().unwrap()).abs() < 1e-9);
    }

    let stories = get(&app, "/api/stories").await.json();
    let expected = printed(&engine.stories().unwrap());
    assert_eq!(stories.as_array().unwrap().len(), expected.as_array().unwrap().len());
    let story = &stories[0];
    for key in ["id", "title", "events", "articles", "reports", "outlets", "first", "last", "entities"] {
        assert!(story.get(key).is_some(), "story lacks {key}: {story}");
    }
    let id = story["id"].as_str().unwrap();
    assert_eq!(get(&app, &format!("/api/stories/{id}")).await.json(), printed(&engine.story(id).unwrap()));
    let timeline = get(&app, &format!("/api/stories/{id}/timeline")).await.json();
    assert_eq!(timeline, printed(&engine.timeline(id).unwrap()));
    assert!(!timeline["entries"].as_array().unwrap().is_empty());

    let events = get(&app, &format!("/api/events?story={id}")).await.json();
    assert_eq!(events, printed(&engine.events(Some(id)).unwrap()));
    let event_id = events[0]["id"].as_str().unwrap();
    assert_eq!(get(&app, &format!("/api/events/{event_id}")).await.json(), events[0]);

    let article_id = stories[0]["articles"][0]["id"].as_str().unwrap();
    let article = get(&app, &format!("/api/articles/{article_id}")).await.json();
    assert_eq!(article, printed(&engine.article(article_id).unwrap()));

    let entity = get(&app, "/api/entities/rotterdam").await.json();
    assert_eq!(entity["name"], "Rotterdam");
    assert_eq!(entity["kind"], "place");
    assert!(entity["articles"].as_u64().unwrap() >= 3, "{entity}");
    assert!(entity["lat"].as_f64().is_some_and(|lat| (51.0..52.5).contains(&lat)), "{entity}");
    assert!(!entity["months"].as_array().unwrap().is_empty());
    assert!(!entity["cooccurring"].as_array().unwrap().is_empty());

    // The search page shows hits and the total at once; its script fetches the facet lists, and
    // without script a link renders them in the page.
    let page = get(&app, "/search?q=strike").await.body;
    assert!(
        page.contains("id=\"facet-lists\"") && page.contains("facets=inline") && !page.contains("<h2>Entities</h2>")
    );
    let inline = get(&app, "/search?q=strike&facets=inline").await.body;
    assert!(
        inline.contains("<h2>Entities</h2>") && inline.contains("Rotterdam") && !inline.contains("id=\"facet-lists\"")
    );
    let facets = get(&app, "/api/facets?q=strike").await.json();
    assert!(facets["entities"].as_array().unwrap().iter().any(|e| e["name"] == "Rotterdam"), "{facets}");
    assert!(!facets["outlets"].as_array().unwrap().is_empty() && !facets["stories"].as_array().unwrap().is_empty());
    assert_eq!(
        facets["total"].as_u64().unwrap() as usize,
        engine.search(&SearchQuery::new("strike", 1000)).unwrap().len()
    );
    let coverage = get(&app, "/api/coverage?days=30").await.json();
    assert_eq!(coverage["days"].as_array().unwrap().len(), 30);
    let row = &coverage["outlets"][0];
    assert_eq!(row["counts"].as_array().unwrap().len(), 30);
    assert_eq!(
        row["counts"].as_array().unwrap().iter().map(|c| c.as_u64().unwrap()).sum::<u64>(),
        row["total"].as_u64().unwrap()
    );

    let stats = get(&app, "/api/stats").await.json();
    assert_eq!(stats, printed(&engine.stats().unwrap()));
}

#[tokio::test]
async fn search_filters_by_entity_story_outlet_and_dates() {
    let store = common::demo_store();
    let app = common::router(store.path());
    let all = get(&app, "/api/search?q=&limit=1000").await.json();
    let n_all = all.as_array().unwrap().len();
    assert!(n_all > 20, "an empty query lists every article: {n_all}");
    let by_entity = get(&app, "/api/search?entity=Rotterdam&limit=1000").await.json();
    let n = by_entity.as_array().unwrap().len();
    assert!(n >= 3 && n < n_all, "{n}");
    for hit in by_entity.as_array().unwrap() {
        let article = get(&app, &format!("/api/articles/{}", hit["id"].as_str().unwrap())).await.json();
        assert!(article["entities"].as_array().unwrap().iter().any(|e| e["name"] == "Rotterdam"), "{}", hit["id"]);
    }
    let story = by_entity[0]["story"].as_str().unwrap();
    for hit in get(&app, &format!("/api/search?story={story}&limit=1000")).await.json().as_array().unwrap() {
        assert_eq!(hit["story"], story);
    }
    for hit in get(&app, "/api/search?from=2025-07&to=2025-07&limit=1000").await.json().as_array().unwrap() {
        assert!(hit["published"].as_str().unwrap().starts_with("2025-07"), "{hit}");
    }
    let bad = get(&app, "/api/search?q=strike&from=2025-13").await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
    assert!(bad.json()["error"].as_str().unwrap().contains("not a date"), "{}", bad.body);
}

#[tokio::test]
async fn every_page_renders_with_its_content() {
    let store = common::demo_store();
    let app = common::router(store.path());
    let engine = Engine::open_read_only(store.path()).unwrap();
    let story = engine.stories().unwrap().into_iter().next().unwrap();
    let with_removed = engine
        .search(&SearchQuery::new("", 1000))
        .unwrap()
        .into_iter()
        .map(|h| engine.article(&h.id.0).unwrap())
        .find(|a| !a.removed.is_empty() && !a.claims.is_empty())
        .expect("a demo article with removed lines and claims");

    let search = get(&app, "/search?q=strike").await;
    assert_eq!(search.status, StatusCode::OK);
    assert!(
        search.body.contains("<mark>strike</mark>") || search.body.contains("<mark>Strike</mark>"),
        "{}",
        search.body
    );
    assert!(search.body.contains("class=\"hit\""));
    assert!(get(&app, "/").await.body.contains("Most active stories"));
    let stories = get(&app, "/stories").await;
    assert!(stories.body.contains(&story.title.replace('\'', "&#x27;")) || stories.body.contains(&story.title));
    assert!(stories.body.contains("<svg class=\"spark\""));
    let page = get(&app, &format!("/stories/{}", story.id)).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("id=\"timeline\"") && page.body.contains("class=\"entry\""));
    assert!(page.body.contains(&format!("/events/{}", story.events[0])));
    let event = get(&app, &format!("/events/{}", story.events[0])).await;
    assert_eq!(event.status, StatusCode::OK);

    let article = get(&app, &format!("/articles/{}", with_removed.id)).await;
    assert_eq!(article.status, StatusCode::OK);
    assert!(article.body.contains("<details class=\"removed\""));
    let kind = with_removed.removed[0].kind.as_str();
    assert!(article.body.contains(&format!("<span class=\"label\">{kind}</span>")));
    assert!(article.body.contains("class=\"f f-time\"") || article.body.contains("class=\"f f-place\""));
    let claim = get(&app, &format!("/articles/{}/claims/0", with_removed.id)).await;
    assert_eq!(claim.status, StatusCode::OK, "{}", claim.body);
    assert!(claim.body.contains("id=\"chain\"") && claim.body.contains("this article"));
    let provenance = get(&app, &format!("/api/articles/{}/claims/0", with_removed.id)).await.json();
    assert!(provenance["carriers"].as_array().unwrap().iter().any(|c| c["article"] == with_removed.id.0.as_str()));

    let entity = get(&app, "/entities/Rotterdam").await;
    assert_eq!(entity.status, StatusCode::OK);
    assert!(entity.body.contains("<svg class=\"bars\""));
    let coverage = get(&app, "/coverage").await;
    assert!(coverage.body.contains("<svg class=\"heat\""));
    assert!(get(&app, "/ingest").await.body.contains("id=\"drop\""));
}

#[tokio::test]
async fn untrusted_text_is_escaped_everywhere() {
    let store = common::demo_store();
    let app = common::router(store.path());
    let hostile = r#"{"id":"evil","title":"<script>alert(1)</script> Harbour","outlet":"<b>Bad</b>","date":"2025-05-30","text":"The harbour <img src=x onerror=alert(2)> in Rotterdam said \"<script>steal()</script>\" on Friday, officials said."}"#;
    let reply = call(&app, "POST", "/api/ingest?name=evil.jsonl", hostile.as_bytes().to_vec()).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    for uri in ["/articles/evil", "/search?q=harbour", "/search?q=steal", "/coverage", "/stories"] {
        let page = get(&app, uri).await;
        assert_eq!(page.status, StatusCode::OK, "{uri}");
        assert!(!page.body.contains("<script>alert") && !page.body.contains("<img src=x"), "{uri}: {}", page.body);
        assert!(!page.body.contains("<b>Bad</b>"), "{uri}");
    }
    let article = get(&app, "/articles/evil").await;
    // minijinja also escapes `/` (as `&#x2f;`); either form is inert.
    let title = article.body.replace("&#x2f;", "/");
    assert!(title.contains("&lt;script&gt;alert(1)&lt;/script&gt; Harbour"), "{}", article.body);
    assert!(article.body.contains("&lt;img src=x onerror=alert(2)&gt;"));
}

#[tokio::test]
async fn headers_errors_and_paths_are_safe() {
    let store = common::demo_store();
    let app = common::router(store.path());
    for uri in ["/", "/api/stories", "/nope", "/api/nope", "/assets/app.css", "/articles/missing"] {
        let reply = get(&app, uri).await;
        let csp = reply.headers.get(header::CONTENT_SECURITY_POLICY).expect("CSP on every response").to_str().unwrap();
        assert!(csp.contains("default-src 'none'") && csp.contains("script-src 'self'"), "{csp}");
        assert!(!csp.contains("unsafe-inline"));
        assert_eq!(reply.headers.get(header::X_CONTENT_TYPE_OPTIONS).unwrap(), "nosniff");
    }
    let missing = get(&app, "/articles/missing").await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    assert!(missing.body.contains("no article with id") && missing.body.contains("<html"));
    let api_missing = get(&app, "/api/stories/nope").await;
    assert_eq!(api_missing.status, StatusCode::NOT_FOUND);
    assert!(api_missing.json()["error"].as_str().unwrap().contains("no story"));
    let bad = get(&app, "/search?q=strike&to=someday").await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
    assert!(bad.body.contains("not a date") && !bad.body.contains("panicked"));
    for uri in
        ["/assets/..%2F..%2FCargo.toml", "/assets/../../Cargo.toml", "/assets/%2e%2e/lib.rs", "/assets/app.css%00"]
    {
        assert_eq!(get(&app, uri).await.status, StatusCode::NOT_FOUND, "{uri}");
    }
    assert_eq!(get(&app, "/assets/app.js").await.status, StatusCode::OK);
    assert!(get(&app, "/api/openapi.yaml").await.body.contains("/api/search"));
    let upload = vec![b'x'; storyline_web::MAX_UPLOAD + 1];
    assert_eq!(call(&app, "POST", "/api/ingest?name=big.txt", upload).await.status, StatusCode::PAYLOAD_TOO_LARGE);
}

#[tokio::test]
async fn uploads_report_problems_by_file_and_line_and_keep_the_rest() {
    let store = common::demo_store();
    let app = common::router(store.path());
    let before = get(&app, "/api/stats").await.json()["articles"].as_u64().unwrap();
    // Asked before the upload, a search is answered (and kept) empty; the upload makes it stale.
    assert!(get(&app, "/api/search?q=ferry").await.json().as_array().unwrap().is_empty());
    assert!(get(&app, "/search?q=ferry").await.body.contains("No article matches"));
    let body = "{\"id\":\"up-1\",\"title\":\"Ferry crews join Rotterdam talks\",\"date\":\"2025-05-14\",\"text\":\"Ferry crews joined the talks at the port of Rotterdam on Wednesday, the union said.\"}\n{broken\n";
    let reply = call(&app, "POST", "/api/ingest?name=../../etc/desk.jsonl", body.as_bytes().to_vec()).await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", reply.body);
    let json = reply.json();
    assert_eq!(json["name"], "desk.jsonl");
    assert_eq!(json["report"]["n_stored"], 1);
    assert_eq!(json["report"]["n_failed"], 1);
    let problem = &json["problems"][0];
    assert!(problem["source"].as_str().unwrap().contains("desk.jsonl"), "{problem}");
    assert!(
        problem["source"].as_str().unwrap().contains('2') || problem["message"].as_str().unwrap().contains("line 2"),
        "{problem}"
    );
    assert_eq!(get(&app, "/api/stats").await.json()["articles"].as_u64().unwrap(), before + 1);
    assert!(get(&app, "/search?q=ferry").await.body.contains("Ferry crews join Rotterdam talks"));
    let hits = get(&app, "/api/search?q=ferry").await.json();
    assert_eq!(hits[0]["id"], "up-1");
    assert!(hits[0]["story"].is_string(), "an upload is clustered: {}", hits[0]);
}

#[tokio::test]
async fn exports_have_no_cap() {
    let dir = tempfile::tempdir().unwrap();
    let app = common::router(dir.path());
    let mut body = String::new();
    for i in 0..1100 {
        body.push_str(&format!(
            "{{\"id\":\"n{i}\",\"title\":\"Notice {i}\",\"date\":\"2025-01-{:02}\",\"text\":\"Notice number {i} about the canal, filed by the clerk.\"}}\n",
            1 + i % 28
        ));
    }
    let reply = call(&app, "POST", "/api/ingest?name=notices.jsonl", body.into_bytes()).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    let jsonl = get(&app, "/export/search?q=canal&format=jsonl").await;
    assert_eq!(jsonl.headers.get(header::CONTENT_TYPE).unwrap(), "application/x-ndjson; charset=utf-8");
    assert_eq!(jsonl.body.lines().count(), 1100);
    let first: Value = serde_json::from_str(jsonl.body.lines().next().unwrap()).unwrap();
    assert!(first["id"].is_string() && first["snippet"].is_string());
    let csv = get(&app, "/export/search?q=canal&format=csv&limit=5").await;
    assert_eq!(csv.body.lines().count(), 1101, "header plus every hit, whatever the limit");
    assert!(csv.body.starts_with("id,title,outlet,published,story,score,snippet\r\n"));
    let story = get(&app, "/api/stories?limit=1").await.json()[0]["id"].as_str().unwrap().to_string();
    let timeline = get(&app, &format!("/export/timelines/{story}?format=csv")).await;
    assert_eq!(timeline.status, StatusCode::OK);
    assert!(timeline.body.starts_with("date,granularity,text,first_reported,weight,source_article,"));
    assert_eq!(get(&app, "/export/search?q=canal&format=xml").await.status, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn hostile_queries_get_answers_or_clear_errors_never_a_server_error() {
    let store = common::demo_store();
    let app = common::router(store.path());
    let long = "strike ".repeat(2000);
    let queries = [
        "%22",
        "AND",
        "OR",
        "NOT",
        "*",
        "-",
        "--strike",
        "NEAR(strike",
        "strike)",
        "(",
        "^strike",
        "col:strike",
        "%E2%80%9Cstrike%E2%80%9D",
        "%F0%9F%98%80",
        "%00",
        "%27%3B%20DROP%20TABLE%20articles%3B--",
        "a%22b%22c",
        long.as_str(),
    ];
    for q in queries {
        for path in ["/api/search", "/api/facets", "/search", "/export/search"] {
            let uri = format!("{path}?q={}", q.replace(' ', "+"));
            let reply = get(&app, &uri).await;
            assert!(
                reply.status == StatusCode::OK || reply.status == StatusCode::BAD_REQUEST,
                "{path} {q:.40}: {} {}",
                reply.status,
                &reply.body[..reply.body.len().min(300)]
            );
        }
    }
    for uri in [
        "/api/search?limit=-1",
        "/api/search?limit=99999999999999999999999",
        "/api/search?q=strike&outlet=%00",
        "/api/coverage?days=0",
        "/api/coverage?days=100000000",
        "/api/coverage?from=2025-02-30",
        "/api/stories?from=9999&to=0000",
        "/api/articles/..%2F..%2Fetc%2Fpasswd",
        "/api/entities/%00",
        "/api/articles/x/claims/999999",
        "/stories/%F0%9F%98%80",
        "/entities/a%2Fb",
    ] {
        let reply = get(&app, uri).await;
        assert!(
            [StatusCode::OK, StatusCode::BAD_REQUEST, StatusCode::NOT_FOUND].contains(&reply.status),
            "{uri}: {} {}",
            reply.status,
            &reply.body[..reply.body.len().min(300)]
        );
    }
    assert_eq!(get(&app, "/api/stories").await.status, StatusCode::OK, "the store is intact");
}

#[tokio::test]
async fn a_story_marks_the_entries_whose_numbers_sources_dispute() {
    let dir = tempfile::tempdir().unwrap();
    let app = common::router(dir.path());
    let body = concat!(
        r#"{"id":"d1","outlet":"North Wire","date":"2025-02-10","title":"Attack on river base kills soldiers","text":"Rebels attacked the army base near the Tana river on Sunday. About 600 soldiers were killed in the attack on the river base, a rebel spokesman said."}"#,
        "\n",
        r#"{"id":"d2","outlet":"South Post","date":"2025-02-10","title":"Army counts dead after attack on river base","text":"The army said 700 soldiers were killed when rebels attacked its base near the Tana river on Sunday, in the deadliest attack on the river base this year."}"#,
        "\n"
    );
    assert_eq!(call(&app, "POST", "/api/ingest?name=d.jsonl", body.as_bytes().to_vec()).await.status, StatusCode::OK);
    let story = get(&app, "/api/stories").await.json()[0]["id"].as_str().unwrap().to_string();
    let timeline = get(&app, &format!("/api/stories/{story}/timeline")).await.json();
    assert_eq!(timeline["disagreements"][0]["about"], "soldiers", "{timeline}");
    let page = get(&app, &format!("/stories/{story}")).await.body;
    assert!(page.contains("id=\"disagreements\"") && page.contains("About 600 soldiers"), "{page}");
    let marked = page.split("<li class=\"entry\">").filter(|e| e.contains("class=\"disputed\"")).collect::<Vec<_>>();
    assert_eq!(marked.len(), 1, "only the entry giving a disputed number: {page}");
    assert!(marked[0].contains("700 soldiers were killed"));
}

#[tokio::test]
async fn a_story_shows_the_dates_sources_dispute() {
    // Two outlets, two days after the storm, one saying it reached the coast on Sunday and the
    // other early Monday.
    let dir = tempfile::tempdir().unwrap();
    let app = common::router(dir.path());
    let body = concat!(
        r#"{"id":"s1","outlet":"Coast Daily","date":"2025-02-11","title":"Storm floods port town","text":"The storm reached the coast on Sunday, flooding the old harbour, the fish market and the ferry sheds of the port town. Volunteers filled sandbags through the night. The mayor asked residents to stay indoors."}"#,
        "\n",
        r#"{"id":"s2","outlet":"Harbour News","date":"2025-02-11","title":"Port town counts storm damage","text":"Insurers sent assessors to the port town. The storm reached the coast early Monday, flooding the old harbour, the fish market and the ferry sheds of the port town. Schools stayed closed."}"#,
        "\n"
    );
    assert_eq!(call(&app, "POST", "/api/ingest?name=s.jsonl", body.as_bytes().to_vec()).await.status, StatusCode::OK);
    let stories = get(&app, "/api/stories").await.json();
    assert_eq!(stories.as_array().unwrap().len(), 1, "{stories}");
    let story = stories[0]["id"].as_str().unwrap().to_string();
    let timeline = get(&app, &format!("/api/stories/{story}/timeline")).await.json();
    let disputes = timeline["date_disagreements"].as_array().unwrap();
    assert_eq!(disputes.len(), 1, "{timeline}");
    let dates: Vec<&str> =
        disputes[0]["dates"].as_array().unwrap().iter().map(|d| d["date"].as_str().unwrap()).collect();
    assert_eq!(dates, ["2025-02-09", "2025-02-10"]);
    let page = get(&app, &format!("/stories/{story}")).await.body;
    assert!(page.contains("id=\"date-disagreements\"") && page.contains("Harbour News"), "{page}");
    let marked = page.split("<li class=\"entry\">").filter(|e| e.contains("date disputed")).count();
    assert_eq!(marked, 2, "the two entries of the disputed dates: {page}");
}

#[tokio::test]
async fn the_demo_shows_sources_that_disagree() {
    // The demo's wildfire reports give different counts of firefighters: the story page shows
    // every value with its sources.
    let store = common::demo_store();
    let app = common::router(store.path());
    let stories = get(&app, "/api/stories").await.json();
    let mut shown = 0;
    for s in stories.as_array().unwrap() {
        let id = s["id"].as_str().unwrap();
        let timeline = get(&app, &format!("/api/stories/{id}/timeline")).await.json();
        if timeline["disagreements"].as_array().unwrap().is_empty() {
            continue;
        }
        let page = get(&app, &format!("/stories/{id}")).await.body;
        assert!(page.contains("id=\"disagreements\""), "{page}");
        for d in timeline["disagreements"].as_array().unwrap() {
            for v in d["values"].as_array().unwrap() {
                assert!(page.contains(v["text"].as_str().unwrap()), "{v} not on {page}");
                assert!(page.contains(v["sources"][0]["outlet"].as_str().unwrap()), "{v}");
            }
        }
        shown += 1;
    }
    assert!(shown >= 1, "no demo story shows a disagreement");

    // The Marseille fire: the Riviera Times puts its arrival on Monday, the wire on Tuesday.
    let mut dated = 0;
    for s in stories.as_array().unwrap() {
        let id = s["id"].as_str().unwrap();
        let timeline = get(&app, &format!("/api/stories/{id}/timeline")).await.json();
        for d in timeline["date_disagreements"].as_array().unwrap() {
            let page = get(&app, &format!("/stories/{id}")).await.body;
            assert!(page.contains("id=\"date-disagreements\""), "{page}");
            let dates: Vec<&str> = d["dates"].as_array().unwrap().iter().map(|x| x["date"].as_str().unwrap()).collect();
            assert_eq!(dates, ["2025-07-07", "2025-07-08"], "{d}");
            for x in d["dates"].as_array().unwrap() {
                assert!(page.contains(x["sources"][0]["outlet"].as_str().unwrap()), "{x}");
            }
            dated += 1;
        }
    }
    assert_eq!(dated, 1, "the demo's one date disagreement");
}
