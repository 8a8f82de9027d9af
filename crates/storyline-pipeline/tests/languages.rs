//! Facts are read from English text; an article in another language keeps its clean text and
//! metadata without facts the English rules would invent.

use storyline_model::{Body, RawArticle};

fn analyze(text: &str, lang: Option<&str>) -> storyline_model::Article {
    let mut raw = RawArticle::new("lang-test", Body::Text(text.to_string()));
    raw.lang = lang.map(str::to_string);
    storyline_pipeline::analyze(&storyline_pipeline::Config::standard(), &raw).0
}

#[test]
fn german_articles_keep_their_text_without_facts() {
    let text = "Die Fähre nach Halden fährt seit Montag wieder. Rund 10.000 Reisende warteten auf die \
                Verbindung, sagte die Hafenverwaltung am Dienstag. Die Stadtverwaltung will die Strecke im \
                kommenden Jahr ausbauen und neue Schiffe kaufen.";
    let article = analyze(text, None);
    assert_eq!(article.lang.as_deref(), Some("de"));
    assert!(article.text.contains("10.000 Reisende"));
    assert!(article.entities.is_empty(), "{:?}", article.entities);
    assert!(article.quantities.is_empty(), "{:?}", article.quantities);
    assert!(article.times.is_empty() && article.claims.is_empty());
}

#[test]
fn english_articles_and_unknown_languages_get_facts() {
    let text = "The ferry to Halden sailed again in March 2024. About 10,000 travellers had waited for it, \
                the harbour office said on Tuesday.";
    for lang in [None, Some("en"), Some("EN")] {
        let article = analyze(text, lang);
        assert!(article.quantities.iter().any(|q| q.value == Some(10_000.0)), "{lang:?}");
        assert!(!article.claims.is_empty() && !article.times.is_empty(), "{lang:?}");
    }
}

/// A wire's earnings table fools a trigram detector ("fr"); its words say English.
#[test]
fn wire_tables_read_as_english() {
    let text = "HALDEN, May 3 - Shr profit six cts vs loss 3.10 dlrs  Net profit 412,000 vs loss 9,870,000  \
                Revs 14.2 mln vs 12.9 mln  Note: Prior year net includes charge of 8.4 mln dlrs";
    let article = analyze(text, None);
    assert_ne!(article.lang.as_deref().map(|l| l != "en"), Some(true), "{:?}", article.lang);
    assert!(!article.quantities.is_empty());
}

/// A page's declared language is often its template's default: German text under `lang="en"`
/// is German, and gets no English facts; an English page under `lang="de"` stays English.
#[test]
fn the_text_outweighs_a_page_template_language() {
    let german = "Die Fähre nach Halden fährt seit Montag wieder. Rund 10.000 Reisende warteten auf die \
                  Verbindung, sagte die Hafenverwaltung am Dienstag. Die Stadtverwaltung will die Strecke im \
                  kommenden Jahr ausbauen und neue Schiffe kaufen, damit im Sommer mehr Gäste an die Küste \
                  kommen. Der Bürgermeister sprach von einem guten Tag für die ganze Region und ihre Betriebe.";
    let english = "The ferry to Halden sailed again on Monday after a winter in the yard. About 10,000 \
                   travellers had waited for it, the harbour office said on Tuesday, and the town plans to \
                   buy two new ships next year so that more visitors can reach the coast in summer. The mayor \
                   called it a good day for the whole region and the firms that depend on the crossing.";
    for (lang, text, expected) in [("en", german, "de"), ("de", english, "en")] {
        let html = format!("<html lang=\"{lang}\"><body><article><h1>Ferry</h1><p>{text}</p></article></body></html>");
        let raw = RawArticle::new("lang-test", Body::Html(html));
        let article = storyline_pipeline::analyze(&storyline_pipeline::Config::standard(), &raw).0;
        assert_eq!(article.lang.as_deref(), Some(expected));
        assert_eq!(article.quantities.is_empty(), expected == "de", "{:?}", article.quantities);
    }
    // A language the input states wins over the text.
    let stated = analyze(german, Some("en"));
    assert_eq!(stated.lang.as_deref(), Some("en"));
}
