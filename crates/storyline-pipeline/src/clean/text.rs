//! Plain-text cleaning: crawled text arrives with the page's furniture in it (ticker strips, section
//! labels, bylines, "Also Read |" promos, related headlines, disclaimers, tag lists). We split the
//! text into paragraphs, classify each by its shape, its position (head, body, tail) and lexical
//! cues, keep the article and label the rest.
//!
//! The rules look at the form of a line, never at particular stories: a ticker is a short line that
//! opens with a symbol and carries price moves; a related headline is a headline-shaped line
//! standing alone between body paragraphs; a tag list is the unpunctuated tail after the last
//! sentence.

use super::{CleanConfig, Cleaned};
use chrono::{Datelike, NaiveDate};
use regex::Regex;
use std::sync::LazyLock;
use storyline_model::{Dateline, Published, Removed, RemovedKind};

/// Wire agencies: how they are written, and the name we credit them under.
const WIRES: &[(&str, &str)] = &[
    ("ANI", "ANI"),
    ("Asian News International", "ANI"),
    ("AFP", "AFP"),
    ("Agence France-Presse", "AFP"),
    ("Agence France Presse", "AFP"),
    ("AP", "AP"),
    ("Associated Press", "AP"),
    ("The Associated Press", "AP"),
    ("Reuters", "Reuters"),
    ("REUTERS", "Reuters"),
    ("Thomson Reuters", "Reuters"),
    ("UPI", "UPI"),
    ("PTI", "PTI"),
    ("Press Trust of India", "PTI"),
    ("IANS", "IANS"),
    ("Xinhua", "Xinhua"),
    ("XINHUA", "Xinhua"),
    ("TASS", "TASS"),
    ("EFE", "EFE"),
    ("dpa", "dpa"),
    ("DPA", "dpa"),
    ("ANSA", "ANSA"),
    ("Kyodo", "Kyodo"),
    ("Yonhap", "Yonhap"),
    ("Bernama", "Bernama"),
    ("AAP", "AAP"),
    ("APP", "APP"),
    ("Anadolu", "Anadolu"),
    ("Bloomberg", "Bloomberg"),
    ("UNI", "UNI"),
    ("WAM", "WAM"),
    ("IRNA", "IRNA"),
];

/// The credited name of a wire agency written as `name`, if it is one.
pub fn wire_name(name: &str) -> Option<&'static str> {
    let name = name.trim().trim_matches(|c: char| !c.is_alphanumeric());
    WIRES.iter().find(|(w, _)| *w == name).map(|(_, canonical)| *canonical)
}

static PROMO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^\W{0,3}(also read|read also|read more|more from|more on this|related (story|stories|news|articles?|coverage|reading)|related\s*[:|]|recommended( for you| stories)?(?-u:\b)|see also|must read|don'?t miss|you may also like|you might also like|trending( now| stories)?\s*[:|]|top stories\s*[:|]|latest news\s*[:|]|watch( now| video| live)?\s*[:|]|click here|tap here|subscribe(?-u:\b)|sign up(?-u:\b)|get our|download (the|our)|get (the|our) (latest|app)|listen (to )?(this|the) (story|article)|continue reading|story continues|scroll (down )?to continue|advertisement\s*$|sponsored(?-u:\b)|check out|for (more|the latest) (news|updates|stories)|join (our|us)|in (other|related) news\s*[:|])",
    )
    .expect("promo pattern")
});

/// The same prompts on German, French, Spanish, Portuguese and Italian pages ("Lesen Sie auch",
/// "Das könnte Sie auch interessieren", "Jetzt abonnieren", "- Anzeige -", "À lire aussi",
/// "Síguenos en …", "Leia também", "Leggi anche").
static PROMO_OTHER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^\W{0,3}(lesen sie (auch|mehr|hier)|lies (auch|mehr)|auch interessant|(das|dieses thema) k\x{f6}nnte (dich|sie|euch) (auch )?interessieren|mehr (zum thema|dazu|zu diesem thema)\s*[:|]|schon gelesen|jetzt (abonnieren|anmelden|registrieren|bestellen|testen)|abonnieren sie|verpasse keine|verpassen sie keine|newsletter\s*[:|]|anzeige\W*$|werbung\W*$|\*werbung|(\x{e0} )?lire aussi|voir aussi|sur le m\x{ea}me sujet|abonnez-vous|inscrivez-vous|lee (tambi\x{e9}n|adem\x{e1}s)|(tambi\x{e9}n )?te puede interesar|suscr\x{ed}bete|s\x{ed}guenos|siguenos|leia (tamb\x{e9}m|mais)|assine|leggi anche)",
    )
    .expect("promo pattern, other languages")
});

static PROMO_ANYWHERE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(click here|read more\s*$|read the full (story|article)|subscribe (now|today|to our)|sign up for our|sign me up|download our app|newsletter (abonnieren|bestellen)|in (dein|ihr|euer) postfach|please subscribe)")
        .expect("promo-anywhere pattern")
});

static SOCIAL: LazyLock<Regex> = LazyLock::new(|| {
    // ("Follow Pam Key on Twitter @pamkey", "Follow her on Instagram": the author's or the
    // subject's account.)
    Regex::new(r"(?i)^\W{0,3}(share( this| on| via| article| story)?|follow us|follow (\w[\w.'’-]*\s+){1,4}on (twitter|x|facebook|instagram|threads|bluesky|linkedin|tiktok|youtube)(?-u:\b)|tweet|email|print|whatsapp|facebook|twitter|x\.com|linkedin|telegram|pinterest|reddit|copy link|comments?|(den |diesen )?artikel (mit anderen )?teilen|m\x{f6}chten sie (den|diesen) artikel teilen|teilen|kommentare|kommentieren|kommentar\s*(schreiben|erstellen|verfassen|abgeben|\*|$)|keine kommentare|folgen sie uns|folge uns|partager|compartir|compartilhar|condividi)(?-u:\b)")
        .expect("social pattern")
});

/// "4 Min Read", "5 minute read", "Reading time: 3 minutes": the page's furniture.
static READING_TIME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^\W{0,3}(\d{1,3}\s*-?\s*min(ute)?s?\.?\s+read|reading time\s*:?\s*\d{1,3}\s*min(ute)?s?\.?)\W{0,3}$",
    )
    .expect("reading time pattern")
});

static DISCLAIMER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(^\W{0,3}(the above (story|article|report|content)|this (story|article|report|content) (has|is|was|may)|disclaimer(?-u:\b)|except for the headline|views expressed)|do not (necessarily )?reflect the (views|opinions?)|^\W{0,3}(note:\s*)?(the )?(advertising|affiliate) (disclaimer|disclosure)|^\W{0,3}disclosure\s*:|^\W{0,3}the (views|opinions) expressed (in|here)|has not been edited by|auto-?generated from a syndicated feed|published from a syndicated (news )?feed|is (verified and )?authored by .{0,40}staff)",
    )
    .expect("disclaimer pattern")
});

static COPYRIGHT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(^\W{0,3}(©|\(c\)\s*\d{4}|copyright(?-u:\b))|(all|some) rights reserved)")
        .expect("copyright pattern")
});

/// A cookie or consent notice: cookies and the site that sets them, in the words sites use to
/// address their reader ("this site uses cookies", "Durch die weitere Nutzung der Seite stimmst du
/// der Verwendung von Cookies zu", "Um unsere Webseite … verwenden wir Cookies"); not a story about
/// cookies ("advertisers use cookies to follow people across websites").
static COOKIE_NOTICE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)(?-u:\b)cookies?(?-u:\b)").expect("cookie pattern"));
static OWN_SITE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(this|our|unsere?[nrs]?|diese[nrs]?|der|notre|ce|nuestro|este)\s+(web\s?site|site|webseite|website|seite|internetseite|dienste|angebot|page|site web|sitio|sitio web)(?-u:\b)|(?-u:\b)(by|when) (using|continuing|browsing)|(?-u:\b)(accept|akzeptieren|zustimmen|einverstanden|accepter|aceptar) (all )?cookies")
        .expect("own site pattern")
});

/// A notice that opens with its rights ("© 2023 …", "Some rights reserved 2017-2023 by …"), which
/// may run on into the licence's terms.
static RIGHTS_FIRST: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^\W{0,3}(©|(all|some) rights reserved)").expect("rights pattern"));

static CAPTION: LazyLock<Regex> = LazyLock::new(|| {
    // (Also the labels and credits of German, French, Spanish and Portuguese pages: "Foto:",
    // "Titelbild:", "Abbildung:", "Crédits photos :", "(crédito: …)", "… (Foto: Getty)", "… © AFP /
    // Marco Rossi".)
    Regex::new(r"(?i)(^\W{0,3}((top|left|right|bottom|main|lead|header|featured) )?(file )?(photo|image|picture|video|graphic|illustration)s?( credit)?\s*[:|]|^\W{0,3}\(?(photo|image|picture)s? (by|courtesy|credit)|(getty images|shutterstock|ap photo|afp photo|reuters/)\W*\)?\s*$|^\W{0,3}(titel|beitrags|vorschau)?(bild|foto|fotos|abbildung|grafik)\s*:|^\W{0,3}cr[ée]dits? (photos?|images?)\s*:|\((foto|fotos|bild|photo|photos|credit|cr[ée]dito?|quelle)\s*:[^()]{1,60}\)\s*$|©[^.!?©]{1,60}$)")
        .expect("caption pattern")
});

static TAGS_PREFIX: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\W{0,3}(tags|topics|keywords|filed under|related topics|more about)\s*[:|]\s*")
        .expect("tags pattern")
});

static BYLINE_BY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^((By|BY|Written by|Reporting by|Story by|Words by):?|Author:|Authors:|Reporter:)\s+\p{Lu}")
        .expect("byline pattern")
});

static BYLINE_STAMP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(published|updated|posted|last updated|first published|aktualisiert|ver\x{f6}ffentlicht|publiziert|ver\x{f6}ffentlichung|erschienen|actualizado|publicado|publicada|atualizado|pubblicato|aggiornato)(?-u:\b)\s*:?\s*(on\s+|am\s+|el\s+|em\s+|il\s+)?")
        .expect("stamp pattern")
});

static DATELINE_WIRE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?P<place>\p{Lu}[\p{L}.'’\- ]{1,40}?(?: \[[^\]]{1,40}\])?)(?:, (?P<date>\p{Lu}\p{Ll}{2,8}\.? \d{1,2}(?:, \d{4})?))?\s*\((?P<wire>[A-Za-z][A-Za-z .\-]{1,30})\)\s*[:\-–—]+\s*",
    )
    .expect("dateline pattern")
});

/// A web page's stamp run into the story's first line: "LONDON | Wed Sep 28, 2011 10:58 am EDT",
/// "Sept 21 | Wed Sep 21, 2011 5:53 pm BST", "Friday 7 October 2005 09.49 BST", "Wednesday,
/// December 15, 2010; 8:18 PM": an optional place or day and a bar, a date and a clock time.
static LEADING_STAMP: LazyLock<Regex> = LazyLock::new(|| {
    const MONTH: &str = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?";
    Regex::new(&format!(
        r"^(?:[^|\n]{{1,40}}\s\|\s)?(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?(?P<date>{MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{MONTH},?\s+\d{{4}})[;,]?\s+(?:at\s+)?\d{{1,2}}[:.]\d{{2}}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{{2,4}})?\s+"
    ))
    .expect("leading stamp pattern")
});

/// An update stamp inside a page's first line, between its headline and its story: "24 June 2010
/// Last updated at 14:59 GMT Help", "Page last updated at 08:58 GMT, Thursday, 24 June 2010 09:58 UK".
static INLINE_STAMP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:\d{1,2} \p{Lu}\p{Ll}+ \d{4} )?(?:Page )?[Ll]ast updated at \d{1,2}:\d{2} (?:GMT|BST|UTC)(?:, \p{Lu}\p{Ll}+, \d{1,2} \p{Lu}\p{Ll}+ \d{4}(?: \d{1,2}:\d{2} UK)?)?(?: Help)?\s+",
    )
    .expect("inline stamp pattern")
});

static DATELINE_CAPS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?P<place>\p{Lu}[\p{Lu}.'’\- ]{2,40}(?:, \p{Lu}[\p{L}.\- ]{1,30}?)?)(?:, (?P<date>\p{Lu}\p{Ll}{2,8}\.? \d{1,2}(?:, \d{4})?))?\s*(?:[:\-–—]+)\s+",
    )
    .expect("caps dateline pattern")
});

static CLOSING_CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:\((?P<a>[A-Za-z][A-Za-z .\-]{1,30})\)|[—–-]\s*(?P<b>[A-Z][A-Za-z .\-]{1,30})|/(?P<c>[A-Z]{2,10}))\s*$",
    )
    .expect("closing credit pattern")
});

static INPUTS_FROM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:with inputs from|inputs from|authored by|reporting by|additional reporting by|source:)\s+(?P<w>[A-Za-z][A-Za-z .\-]{1,40})")
        .expect("inputs pattern")
});

/// A paragraph and what we decided it is.
#[derive(Debug, Clone)]
struct Para {
    text: String,
    kind: Option<RemovedKind>,
}

/// Where a body's paragraphs came from, which decides how much their position may say.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    /// Plain text: line shape and position are all there is, so a lone short line at the top is
    /// a section label and a headline between paragraphs is another article's.
    Flat,
    /// Paragraphs from an HTML page's structure: headings and short lines are the article's own
    /// (link lists were already dropped), so only lines recognisable by themselves are removed.
    Page,
}

/// Characters that show nothing and only say where a line may break (soft hyphens, zero-width
/// spaces, word joiners, stray byte-order marks): "Mit\u{ad}tel\u{ad}al\u{ad}ter" is "Mittelalter" to a
/// reader, and must be to a search or a quote too.
const INVISIBLE: [char; 4] = ['\u{ad}', '\u{200b}', '\u{2060}', '\u{feff}'];

fn without_invisible(text: &str) -> std::borrow::Cow<'_, str> {
    if text.contains(INVISIBLE) { text.replace(INVISIBLE, "").into() } else { text.into() }
}

/// A tokeniser's escapes (Penn Treebank style, as corpora such as Timeline17 store news:
/// "Reuters -LRB- AP -RRB-", "# 3m" for "£3m") back as the characters a reader sees.
fn without_tokeniser_escapes(text: &str) -> std::borrow::Cow<'_, str> {
    let pound =
        |text: &str| text.match_indices("# ").any(|(at, _)| text[at + 2..].starts_with(|c: char| c.is_ascii_digit()));
    let tokenised = ptb_spaced(text);
    let escaped = text.contains("\\*") || text.contains("\\/");
    if !text.contains("-LRB-") && !text.contains("-RRB-") && !pound(text) && !tokenised && !escaped {
        return text.into();
    }
    let text = if tokenised { ptb_detokenised(text) } else { text.to_string() };
    let text = text
        .replace("\\/", "/")
        .replace("\\*", "*")
        .replace("-LRB- ", "(")
        .replace(" -RRB-", ")")
        .replace("-LRB-", "(")
        .replace("-RRB-", ")")
        .replace("-LSB- ", "[")
        .replace(" -RSB-", "]");
    // ("# 3m": the pound sign, a space before its number; "#1 hit" keeps its sign.)
    let mut out = String::with_capacity(text.len());
    let mut rest = text.as_str();
    while let Some(at) = rest.find("# ") {
        let digit_after = rest[at + 2..].starts_with(|c: char| c.is_ascii_digit());
        out.push_str(&rest[..at]);
        out.push_str(if digit_after { "£" } else { "# " });
        rest = &rest[at + 2..];
    }
    out.push_str(rest);
    out.into()
}

/// Whether text is spaced as a Penn Treebank tokeniser leaves it: quotes written `` and '', or
/// commas with a space before them ("said , adding") and other tokens apart ("it 's", "do n't").
fn ptb_spaced(text: &str) -> bool {
    if text.contains("`` ") {
        return true;
    }
    let spaced = text.matches(" , ").count();
    let signs = spaced + text.matches(" 's ").count() + text.matches(" n't ").count() + text.matches(" '' ").count();
    signs >= 3 && spaced * 2 >= text.matches(", ").count()
}

/// Penn Treebank tokens joined as a writer spaces them: "said , `` It 's a milestone . ''" is
/// "said, “It's a milestone.”" (line by line; the escapes are read after).
fn ptb_detokenised(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        // A web address split at its punctuation ("http : / / www . x . com / 2013 / 05") has no
        // spaces of its own.
        if line.starts_with("http : / /") || line.starts_with("https : / /") {
            out.extend(line.split(' '));
            continue;
        }
        // (Read token by token with one token of lookahead: a line may be megabytes long.)
        let mut tokens = line.split(' ').filter(|t| !t.is_empty()).peekable();
        let digits = |t: Option<&str>| t.is_some_and(|t| t.starts_with(|c: char| c.is_ascii_digit()));
        let mut glue = true;
        let mut double_open = false;
        let mut previous: Option<&str> = None;
        while let Some(token) = tokens.next() {
            let (written, before, after) = match token {
                // A clock, a date or a decimal split at its mark: "1 : 32", "05 / 02 / 2013", "4 . 6".
                ":" | "/" | "." if digits(previous) && digits(tokens.peek().copied()) => (token, false, false),
                "``" | "“" => {
                    double_open = true;
                    ("“", true, false)
                }
                // (A tokeniser sometimes writes an opening quote as '' too: one that opens nothing
                // yet opens.)
                "''" if !double_open => {
                    double_open = true;
                    ("“", true, false)
                }
                "''" | "”" => {
                    double_open = false;
                    ("”", false, true)
                }
                "`" | "‘" => ("‘", true, false),
                "'" | "’" => ("’", false, true),
                "\"" => {
                    double_open = !double_open;
                    ("\"", double_open, !double_open)
                }
                "," | "." | ";" | ":" | "!" | "?" | "%" | ")" | "]" | "}" | "..." => (token, false, true),
                "(" | "[" | "{" | "$" => (token, true, false),
                "n't" | "'s" | "'S" | "'re" | "'ve" | "'ll" | "'d" | "'m" | "’s" => (token, false, true),
                _ => (token, true, true),
            };
            if before && !glue {
                out.push(' ');
            }
            out.push_str(written);
            glue = !after;
            previous = Some(token);
        }
    }
    out
}

/// Cleans a body. `reference` is the publication date known so far, used to resolve dates in
/// datelines and bylines.
pub fn clean(config: &CleanConfig, body: &str, reference: Option<Published>, layout: Layout) -> Cleaned {
    let body = without_invisible(body);
    let body = without_tokeniser_escapes(body.as_ref());
    let body = body.as_ref();
    let mut paras: Vec<Para> = paragraphs(body).into_iter().map(|text| Para { text, kind: None }).collect();
    let mut out = Cleaned::default();

    // Pass 1: furniture recognisable by itself.
    for para in &mut paras {
        para.kind = local_kind(&para.text);
    }
    // A crawl's first line may be the page's address.
    if let Some(first) = paras.first().filter(|p| is_link(&p.text) && p.text.contains("://")) {
        out.url = Some(first.text.clone());
    }

    // Pass 2: position. The head runs until the first body paragraph.
    let first_body = paras.iter().position(|p| p.kind.is_none() && is_body_paragraph(&p.text));
    let head_end = if layout == Layout::Flat { first_body.unwrap_or(0) } else { 0 };
    for para in paras.iter_mut().take(head_end) {
        if para.kind.is_some() {
            continue;
        }
        let words = word_count(&para.text);
        if is_date_only(&para.text) {
            // Before the headline test: "Friday, June 7, 2013" is shaped like a headline.
            para.kind = Some(RemovedKind::Byline);
        } else if out.title.is_none() && words <= 3 && is_label(&para.text) {
            para.kind = Some(RemovedKind::Section);
        } else if out.title.is_none() && is_headline(&para.text, 3) {
            para.kind = Some(RemovedKind::Title);
            out.title = Some(para.text.clone());
        }
    }
    let last_body = paras.iter().rposition(|p| p.kind.is_none() && is_body_paragraph(&p.text));
    if let Some(last_body) = last_body.filter(|_| layout == Layout::Flat) {
        // The tail: an unpunctuated list after the last sentence is a tag list.
        let body_lower = paras[..=last_body]
            .iter()
            .filter(|p| p.kind.is_none())
            .map(|p| p.text.to_lowercase())
            .collect::<Vec<_>>()
            .join(" ");
        // Only the last few paragraphs can be a tag list (and this bounds the work on odd input).
        let tail_start = (last_body + 1).max(paras.len().saturating_sub(3));
        for para in paras.iter_mut().skip(tail_start) {
            if para.kind.is_none() && is_tag_line(&para.text, &body_lower) {
                para.kind = Some(RemovedKind::Tags);
            }
        }
        // A date alone under the first lines of the story is the page's stamp.
        for para in paras.iter_mut().take(4).skip(head_end) {
            if para.kind.is_none() && is_date_only(&para.text) {
                para.kind = Some(RemovedKind::Byline);
            }
        }
        // The body: headline-shaped lines standing alone are headlines of other articles.
        for i in head_end..last_body {
            let standalone = paras[i].kind.is_none()
                && i > 0
                && is_headline(&paras[i].text, config.related_min_words)
                && paras[i + 1..].iter().find(|p| p.kind.is_none()).is_some_and(|p| is_body_paragraph(&p.text))
                && paras[..i].iter().rev().find(|p| p.kind.is_none()).is_some_and(|p| is_body_paragraph(&p.text));
            if standalone {
                // (A stamp standing alone between the first paragraphs is the page's stamp, not
                // another article's headline: "THURSDAY, APRIL 11, 2013, 9:53 PM".)
                let stamp = i < head_end + STAMP_LINES && is_date_only(&paras[i].text);
                paras[i].kind = Some(if stamp { RemovedKind::Byline } else { RemovedKind::Related });
            }
        }
    }

    // Metadata from the furniture.
    for para in &paras {
        match para.kind {
            Some(RemovedKind::Byline) => {
                let (byline, published) = parse_byline(&para.text);
                if out.byline.is_none() {
                    out.byline = byline.clone();
                }
                if out.published.is_none() {
                    out.published = published;
                }
                for credit in byline.iter().flat_map(|b| credits_in_byline(b)) {
                    push_credit(&mut out.credits, credit);
                }
            }
            Some(RemovedKind::Tags) => out.tags.extend(split_tags(&para.text, &paras)),
            Some(RemovedKind::Disclaimer) => {
                for cap in INPUTS_FROM.captures_iter(&para.text) {
                    if let Some(w) = cap.name("w").and_then(|m| leading_wire(m.as_str())) {
                        push_credit(&mut out.credits, w);
                    }
                }
            }
            _ => {}
        }
    }

    run_in_furniture(&mut paras, &mut out);
    let body: Vec<&Para> = paras.iter().filter(|p| p.kind.is_none()).collect();
    if let Some(first) = body.first() {
        out.dateline = dateline(&first.text, reference.or(out.published), &mut out.credits);
    }
    if let Some(last) = body.last() {
        if let Some(cap) = CLOSING_CREDIT.captures(&last.text) {
            let name = cap.name("a").or(cap.name("b")).or(cap.name("c")).map_or("", |m| m.as_str());
            if let Some(w) = wire_name(name) {
                push_credit(&mut out.credits, w);
            }
        }
        for cap in INPUTS_FROM.captures_iter(&last.text) {
            if let Some(w) = cap.name("w").and_then(|m| leading_wire(m.as_str())) {
                push_credit(&mut out.credits, w);
            }
        }
    }
    out.text = body.iter().map(|p| p.text.as_str()).collect::<Vec<_>>().join("\n\n");
    if let Some(published) = out.published.as_mut() {
        let stamps = paras.iter().filter(|p| p.kind == Some(RemovedKind::Byline)).map(|p| p.text.as_str());
        published.date = named_reading(published.date, stamps, &out.text);
    }
    out.removed = paras.into_iter().filter_map(|p| p.kind.map(|kind| Removed { text: p.text, kind })).collect();
    out
}

static NUMERIC_DATE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?-u:\b)(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?-u:\b)").expect("numeric date pattern"));

static MONTH_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Mar\.|Apr\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)")
        .expect("month name pattern")
});

/// The day a stamp of numbers gives ("2/3/2009": 2 March read day first, 3 February read month
/// first), read the other way when the story names that reading's month and not the first's:
/// a story stamped "2/3/2009" that speaks of "Feb. 2" was written in February.
fn named_reading<'a>(day: NaiveDate, stamps: impl Iterator<Item = &'a str>, text: &str) -> NaiveDate {
    let Some(other) = stamps
        .flat_map(|s| NUMERIC_DATE.captures_iter(s))
        .filter_map(|c| {
            let (a, b, y): (u32, u32, i32) = (c[1].parse().ok()?, c[2].parse().ok()?, c[3].parse().ok()?);
            let (one, two) = (NaiveDate::from_ymd_opt(y, b, a)?, NaiveDate::from_ymd_opt(y, a, b)?);
            // (The reading that is not the day taken; none when neither reading is.)
            let other = if one == day {
                two
            } else if two == day {
                one
            } else {
                return None;
            };
            (a != b).then_some(other)
        })
        .next()
    else {
        return day;
    };
    let named: std::collections::HashSet<u32> = MONTH_NAME
        .find_iter(text)
        .filter_map(|m| storyline_model::month_of(m.as_str().trim_end_matches('.')))
        .collect();
    if named.contains(&other.month()) && !named.contains(&day.month()) { other } else { day }
}

/// Furniture run into the first line of the story, split off it: a page's stamp before the
/// story, a wire's pointer to more coverage, an update stamp between the headline and the story.
fn run_in_furniture(paras: &mut Vec<Para>, out: &mut Cleaned) {
    // A stamp run into the first line of the story ("LONDON | Wed Sep 28, 2011 10:58 am EDT
    // LONDON (Reuters) - As …"): furniture, and the date when nothing else gave one.
    if let Some(i) = paras.iter().position(|p| p.kind.is_none())
        && let Some(cap) = LEADING_STAMP.captures(&paras[i].text)
        && let Some(whole) = cap.get(0)
        && paras[i].text[whole.end()..].starts_with(|c: char| c.is_uppercase() || "\"“‘'".contains(c))
        && word_count(&paras[i].text[whole.end()..]) >= 4
    {
        if out.published.is_none() {
            out.published = cap.name("date").and_then(|d| Published::parse(d.as_str()));
        }
        let stamp = paras[i].text[..whole.end()].trim_end().to_string();
        paras[i].text = paras[i].text[whole.end()..].to_string();
        paras.insert(i, Para { text: stamp, kind: Some(RemovedKind::Byline) });
    }
    // A wire's pointer to more coverage run into the first line ("(For full coverage of the flu
    // outbreak, click (nFLU)) HONG KONG, May 2 (Reuters) - …"): a promo.
    if let Some(i) = paras.iter().position(|p| p.kind.is_none())
        && let Some(end) = leading_pointer(&paras[i].text)
        && word_count(&paras[i].text[end..]) >= 4
    {
        let text = std::mem::take(&mut paras[i].text);
        paras[i].text = text[end..].trim_start().to_string();
        paras.insert(i, Para { text: text[..end].trim_end().to_string(), kind: Some(RemovedKind::Promo) });
    }
    // An update stamp between a headline and the story in one line: the words before it are the
    // headline (when the article has none yet), the stamp is furniture.
    if let Some(i) = paras.iter().position(|p| p.kind.is_none())
        && let Some((start, end)) =
            INLINE_STAMP.find(&paras[i].text[..paras[i].text.floor_char_boundary(400)]).map(|m| (m.start(), m.end()))
        && word_count(&paras[i].text[end..]) >= 4
    {
        let text = std::mem::take(&mut paras[i].text);
        let (head, stamp, rest) = (text[..start].trim(), text[start..end].trim(), &text[end..]);
        // (Not a crawl's address before the stamp.)
        let headline = (2..=25).contains(&word_count(head)) && !head.ends_with(['.', '!', '?']) && !head.contains('/');
        paras[i].text = rest.to_string();
        if out.published.is_none() {
            // ("14 August 2012 Last updated at …", "…, Friday, 10 August 2012 16:03 UK".)
            let day = stamp.split([',', ' ']).collect::<Vec<_>>();
            out.published = day.windows(3).find_map(|w| Published::parse(&w.join(" ")));
        }
        paras.insert(i, Para { text: stamp.to_string(), kind: Some(RemovedKind::Byline) });
        if headline && out.title.is_none() {
            out.title = Some(head.to_string());
            paras.insert(i, Para { text: head.to_string(), kind: Some(RemovedKind::Title) });
        } else if !head.is_empty() {
            paras.insert(i, Para { text: head.to_string(), kind: None });
        }
    }
}

/// The end of a parenthesis opening `text` that points to more coverage: "(For full coverage of
/// the flu outbreak, click (nFLU))", "(For more on the vote, see …)".
fn leading_pointer(text: &str) -> Option<usize> {
    let lower = text.get(..20)?.to_ascii_lowercase();
    if !(lower.starts_with("(for full coverage") || lower.starts_with("(for more on") || lower.starts_with("(click")) {
        return None;
    }
    let mut depth = 0usize;
    for (at, c) in text.char_indices().take(300) {
        match c {
            '(' => depth += 1,
            ')' => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    return Some(at + 1);
                }
            }
            _ => {}
        }
    }
    None
}

/// Splits text into paragraphs. Blank lines separate paragraphs; within a block of lines, an
/// indented line starts a new paragraph when the block uses indentation (hard-wrapped wire copy),
/// otherwise each line is its own paragraph unless it continues a sentence.
fn paragraphs(body: &str) -> Vec<String> {
    let mut out = Vec::new();
    for block in body.split("\n\n").flat_map(|b| b.split("\r\n\r\n")) {
        let lines: Vec<&str> = block.lines().filter(|l| !l.trim().is_empty()).collect();
        if lines.is_empty() {
            continue;
        }
        let indented = lines.iter().skip(1).filter(|l| l.starts_with("  ") || l.starts_with('\t')).count();
        let wrapped = lines.len() >= 3 && lines.iter().filter(|l| l.trim().len() >= 50).count() * 2 >= lines.len();
        let longest = lines.iter().map(|l| l.trim().chars().count()).max().unwrap_or(0);
        let mut current = String::new();
        let mut current_is_stamp = false;
        // The text's first line when it reads as a headline, well short of the block's width, in
        // a block of long lines that is not indented wire copy: one sentence per line under a
        // headline ("Esther Williams, swimming star, dies at 91" over the story) reads like
        // hard-wrapped copy, but the headline is a line of its own when the next one opens a
        // sentence.
        let mut headline = false;
        for line in lines {
            let trimmed = collapse(line);
            // A web address alone on its line (a crawl's first line) is a paragraph of its own.
            if is_link(&trimmed) {
                if !current.is_empty() {
                    out.push(std::mem::take(&mut current));
                }
                out.push(trimmed);
                continue;
            }
            // A date stamp under a headline ("December 23, 2012 6:11 PM", "Published on: Fri,
            // 11 Nov 2011 at 09:56 IST") is a line of its own, whatever the lines around it. Only
            // in the page's first lines: further down, a short line that reads as a date ends a
            // sentence broken across lines ("… drop that occurred Sept.\n11-12, 1986").
            let stamp = out.len() + usize::from(!current.is_empty()) < STAMP_LINES
                && !continued_by_date(&current)
                && is_stamp_line(&trimmed);
            let new_para = if current.is_empty() {
                false
            } else if stamp
                || current_is_stamp
                || headline && trimmed.starts_with(|c: char| c.is_uppercase() || "‘“\"'".contains(c))
            {
                true
            } else if indented > 0 && wrapped {
                line.starts_with("  ") || line.starts_with('\t')
            } else {
                !continues(&current, &trimmed, wrapped)
            };
            if new_para {
                out.push(std::mem::take(&mut current));
            }
            if !current.is_empty() {
                current.push(' ');
            }
            headline = wrapped
                && indented == 0
                && current.is_empty()
                && out.iter().all(|p: &String| is_link(p))
                && 5 * trimmed.chars().count() <= 3 * longest
                && is_headline(&trimmed, 3)
                && trimmed.split_whitespace().filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 3).count()
                    >= 2;
            current.push_str(&trimmed);
            current_is_stamp = stamp;
        }
        if !current.is_empty() {
            out.push(current);
        }
    }
    out
}

/// Whether a line ending so runs on into a date on the next line: "… occurred Sept.", "… held
/// on", "… between".
fn continued_by_date(line: &str) -> bool {
    let last = line.rsplit(' ').next().unwrap_or("");
    storyline_model::month_of(last.trim_end_matches('.')).is_some()
        || matches!(
            last,
            "on" | "of" | "in" | "at" | "since" | "until" | "from" | "by" | "to" | "and" | "or" | "between" | "the"
        )
}

/// How many paragraphs into the page a date stamp may stand.
const STAMP_LINES: usize = 5;

/// A line that only states when the page was published: a date, maybe a time, maybe a "Published
/// on:" before it. (Cheap on the lines of prose it is asked about: short lines with a digit only.)
fn is_stamp_line(line: &str) -> bool {
    let words = word_count(line);
    (2..=16).contains(&words)
        && line.contains(|c: char| c.is_ascii_digit())
        && !line.ends_with(['.', '!', '?'])
        && Published::parse(line).is_some()
}

/// Does `next` continue the paragraph `current` (a line broken mid-sentence)?
fn continues(current: &str, next: &str, wrapped: bool) -> bool {
    let ends_open = !current.ends_with(['.', '!', '?', '"', '”', '’', ':', ')']);
    let starts_lower = next.chars().next().is_some_and(|c| c.is_lowercase());
    starts_lower || (wrapped && ends_open && !looks_like_ticker(next) && !looks_like_ticker(current))
}

/// A line that is a web address and nothing else (a crawl's first line).
/// (Called on every line of plain text: it allocates nothing.)
fn is_link(line: &str) -> bool {
    let line = line.trim();
    let starts = |prefix: &str| line.get(..prefix.len()).is_some_and(|head| head.eq_ignore_ascii_case(prefix));
    (starts("http://") || starts("https://") || starts("www.")) && !line.contains(char::is_whitespace)
}

fn collapse(line: &str) -> String {
    line.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn word_count(text: &str) -> usize {
    text.split_whitespace().count()
}

/// Furniture recognisable from the line alone.
fn local_kind(text: &str) -> Option<RemovedKind> {
    let words = word_count(text);
    if looks_like_ticker(text) {
        return Some(RemovedKind::Ticker);
    }
    if DISCLAIMER.is_match(text) {
        return Some(RemovedKind::Disclaimer);
    }
    if words <= 40
        && (PROMO.is_match(text) || PROMO_OTHER.is_match(text) || (words <= 25 && PROMO_ANYWHERE.is_match(text)))
    {
        return Some(RemovedKind::Promo);
    }
    if words <= 8 && SOCIAL.is_match(text) && !is_body_paragraph(text) {
        return Some(RemovedKind::Social);
    }
    if words <= 30 && COPYRIGHT.is_match(text) || words <= 80 && RIGHTS_FIRST.is_match(text) {
        return Some(RemovedKind::Copyright);
    }
    if TAGS_PREFIX.is_match(text) && words <= 60 {
        return Some(RemovedKind::Tags);
    }
    if words <= 80 && COOKIE_NOTICE.is_match(text) && OWN_SITE.is_match(text) {
        return Some(RemovedKind::Boilerplate);
    }
    if is_nav(text) || is_link(text) || READING_TIME.is_match(text) {
        return Some(RemovedKind::Nav);
    }
    // (A caption's label allows a longer caption: "Header Image: People have lived in …".)
    // (Not one inside a quote: '"VIDEO: Hillary and Obama … all told me …"'.)
    let labelled = |m: regex::Match| {
        text.starts_with(char::is_alphabetic) && m.start() == 0 && m.as_str().trim_end().ends_with([':', '|'])
    };
    if CAPTION.find(text).is_some_and(|m| words <= 25 || words <= 60 && labelled(m)) {
        return Some(RemovedKind::Caption);
    }
    if is_byline(text) {
        return Some(RemovedKind::Byline);
    }
    None
}

/// A stock or index strip: a short line opening with a symbol and carrying a price move.
fn looks_like_ticker(text: &str) -> bool {
    let tokens: Vec<&str> = text.split_whitespace().collect();
    if tokens.len() < 2 || tokens.len() > 16 {
        return false;
    }
    let symbol = tokens[0];
    let is_symbol = symbol.len() <= 15
        && symbol.chars().any(|c| c.is_ascii_uppercase())
        && symbol
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || matches!(c, '.' | '&' | '-' | '^' | '='));
    if !is_symbol {
        return false;
    }
    let has_price =
        tokens.iter().skip(1).any(|t| t.trim_matches(|c| c == ',').parse::<f64>().is_ok() || is_number_like(t));
    let has_move = text.contains(['▲', '▼', '▴', '▾', '↑', '↓'])
        || text.contains("Increased By")
        || text.contains("Decreased By")
        || text.contains("No Change")
        || text.contains("Unchanged")
        || tokens.iter().any(|t| {
            let t = t.trim_matches(['(', ')']);
            t.ends_with('%')
                && t[..t.len() - 1].trim_start_matches(['+', '-', '−']).parse::<f64>().is_ok()
                && t.starts_with(['+', '-', '−'])
        });
    has_price && has_move
}

fn is_number_like(token: &str) -> bool {
    let t = token.trim_start_matches(['+', '-', '−']);
    !t.is_empty()
        && t.chars().all(|c| c.is_ascii_digit() || c == ',' || c == '.')
        && t.chars().any(|c| c.is_ascii_digit())
}

/// Breadcrumbs and menus: three or more short items separated by `|`, `>`, `»` or `•`.
fn is_nav(text: &str) -> bool {
    let lower = text.to_lowercase();
    if lower.starts_with("home >")
        || lower.starts_with("home »")
        || lower.starts_with("home /")
        || lower.starts_with("you are here")
    {
        return true;
    }
    for sep in [" | ", " > ", " » ", " • ", " · "] {
        let items: Vec<&str> = text.split(sep).collect();
        if items.len() >= 3 && items.iter().all(|i| word_count(i) <= 4 && !i.trim_end().ends_with('.')) {
            return true;
        }
    }
    false
}

/// "By Ana Ruiz", "AFP Published 28 Apr, 2025 12:46pm", "Updated: March 3, 2024 10:02 IST".
fn is_byline(text: &str) -> bool {
    let words = word_count(text);
    // (A sentence ends with a full stop; a stamp may end with "a.m.".)
    let sentence = text.ends_with('.') && !text.ends_with(".m.");
    if words > 20 || sentence && words > 8 {
        return false;
    }
    if BYLINE_BY.is_match(text) && words <= 12 {
        return true;
    }
    if let Some(m) = BYLINE_STAMP.find(text) {
        let rest = &text[m.end()..];
        return rest.chars().any(|c| c.is_ascii_digit()) && m.start() < 60;
    }
    false
}

/// A line that is only a date (and maybe a time): a stamp under a headline.
fn is_date_only(text: &str) -> bool {
    word_count(text) <= 8 && Published::parse(text).is_some()
}

/// Splits a byline into the credit (who) and the date it states.
fn parse_byline(text: &str) -> (Option<String>, Option<Published>) {
    let (who, when) = match BYLINE_STAMP.find(text) {
        Some(m) => (&text[..m.start()], Some(&text[m.end()..])),
        // A date stamp alone ("May 5, 2010") names nobody.
        None if is_date_only(text) => ("", Some(text)),
        None => (text, None),
    };
    let who = who.trim().trim_end_matches(['|', '-', '–', '—', ',', ';']).trim();
    let who = ["By", "BY", "Written by", "Reporting by", "Story by", "Words by", "Author:", "Authors:", "Reporter:"]
        .iter()
        .find_map(|p| who.strip_prefix(p).and_then(|rest| rest.strip_prefix(':').unwrap_or(rest).strip_prefix(' ')))
        .unwrap_or(who)
        .trim();
    let published = when.and_then(|w| {
        // "28 Apr, 2025 12:46pm | Updated ..." : keep the first stamp.
        let first = BYLINE_STAMP.find(w).map_or(w, |m| &w[..m.start()]);
        let first = first.trim().trim_end_matches(['|', '-', '–', '—', ',']).trim();
        Published::parse(first)
    });
    // A date before the label is the first stamp: "21 July 2013 Last updated at 11:11 GMT", "on
    // April 30, 2008 at 4:31 AM, updated April 30, 2008 at 8:33 AM".
    let whole = || Published::parse(text);
    let before = (!who.is_empty()).then(|| Published::parse(who)).flatten();
    // (The whole line's reading, when it gives that day, also has the time.)
    let before = before.map(|b| whole().filter(|w| w.date == b.date).unwrap_or(b));
    let published = before.or(published).or_else(whole);
    let who = if before.is_some() { "" } else { who };
    ((!who.is_empty()).then(|| who.to_string()), published)
}

/// Wire credits named in a byline: "AFP", "By Ana Ruiz, Reuters", "Ana Ruiz | AP".
fn credits_in_byline(byline: &str) -> Vec<&'static str> {
    let mut found = Vec::new();
    for part in byline.split([',', '|', '/', ';']).flat_map(|p| p.split(" and ")) {
        let part = part.trim();
        if let Some(w) = wire_name(part).or_else(|| leading_wire(part)) {
            found.push(w);
        }
    }
    found
}

/// A wire name at the start of `text` ("PTI", "Reuters staff", "agencies" is not one).
fn leading_wire(text: &str) -> Option<&'static str> {
    let text = text.trim();
    let mut best: Option<(&str, &str)> = None;
    for (w, canonical) in WIRES {
        let at_word_end = text.starts_with(w) && text[w.len()..].chars().next().is_none_or(|c| !c.is_alphanumeric());
        if at_word_end && best.is_none_or(|(b, _)| w.len() > b.len()) {
            best = Some((w, canonical));
        }
    }
    best.map(|(_, c)| c)
}

fn push_credit(credits: &mut Vec<String>, credit: &str) {
    if !credits.iter().any(|c| c == credit) {
        credits.push(credit.to_string());
    }
}

/// A paragraph of the article: a sentence of some length ending in closing punctuation.
fn is_body_paragraph(text: &str) -> bool {
    let words = word_count(text);
    let closed = text.trim_end().ends_with(['.', '!', '?', '"', '”', '’', ')', ':', '…']);
    (words >= 8 && closed)
        || words >= 30
        || DATELINE_WIRE.is_match(text)
        || (DATELINE_CAPS.is_match(text) && words >= 8)
}

/// A headline: a capitalised line of `min_words` to 30 words that does not end like a sentence.
fn is_headline(text: &str, min_words: usize) -> bool {
    let words = word_count(text);
    let first = text.chars().next();
    (min_words..=30).contains(&words)
        && first.is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || "‘“\"'".contains(c))
        && !text.trim_end().ends_with(['.', ',', ';', ':', '…'])
        && !ends_quoted_sentence(text)
        && !text.contains("  ")
}

/// A quote closing on a full stop: "… Rise up." is a sentence, even before its quotation mark.
fn ends_quoted_sentence(text: &str) -> bool {
    let inner = text.trim_end().trim_end_matches(['"', '”', '’', '\'', ')', ' ']);
    inner.len() < text.trim_end().len() && inner.ends_with(['.', '…'])
}

/// A section label: one to three capitalised words, no punctuation.
fn is_label(text: &str) -> bool {
    text.split_whitespace().all(|w| w.chars().next().is_some_and(|c| c.is_uppercase() || c == '&'))
        && !text.contains(['.', ',', ':', ';', '!', '?'])
}

/// A tag list: an unpunctuated line of short items or capitalised words.
fn is_tag_line(text: &str, body_lower: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.len() < 2 || words.len() > 60 || text.trim_end().ends_with(['.', '!', '?']) {
        return false;
    }
    if TAGS_PREFIX.is_match(text) {
        return true;
    }
    let separated = text.contains([',', '|', '•', '#', ';']);
    let capitalised = words.iter().filter(|w| w.chars().next().is_some_and(|c| c.is_uppercase() || c == '#')).count();
    let from_body = words.iter().filter(|w| body_lower.contains(&w.to_lowercase())).count();
    separated || capitalised * 10 >= words.len() * 7 || from_body * 10 >= words.len() * 7
}

/// Splits a tag line into tags: on separators when it has them, otherwise into the longest runs
/// of words that the article itself uses (tags name the article's people and places).
fn split_tags(text: &str, paras: &[Para]) -> Vec<String> {
    let text = TAGS_PREFIX.replace(text, "");
    if text.contains([',', '|', '•', ';', '#']) {
        return text.split([',', '|', '•', ';', '#']).map(|t| t.trim().to_string()).filter(|t| !t.is_empty()).collect();
    }
    let body: String = paras.iter().filter(|p| p.kind.is_none()).map(|p| p.text.as_str()).collect::<Vec<_>>().join(" ");
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut tags = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let mut taken = 1;
        for n in (2..=4.min(words.len() - i)).rev() {
            let candidate = words[i..i + n].join(" ");
            if contains_phrase(&body, &candidate) {
                taken = n;
                break;
            }
        }
        tags.push(words[i..i + taken].join(" "));
        i += taken;
    }
    tags
}

/// Whether `phrase` occurs in `text` on word boundaries.
fn contains_phrase(text: &str, phrase: &str) -> bool {
    text.match_indices(phrase).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + phrase.len()..].chars().next();
        before.is_none_or(|c| !c.is_alphanumeric()) && after.is_none_or(|c| !c.is_alphanumeric())
    })
}

/// The dateline at the start of the first paragraph, with its wire credit.
fn dateline(first: &str, reference: Option<Published>, credits: &mut Vec<String>) -> Option<Dateline> {
    if let Some(cap) = DATELINE_WIRE.captures(first) {
        let wire = cap.name("wire").map_or("", |m| m.as_str());
        if let Some(w) = wire_name(wire) {
            push_credit(credits, w);
            let place = cap.name("place").map_or("", |m| m.as_str()).trim().to_string();
            let date = cap.name("date").and_then(|m| resolve_month_day(m.as_str(), reference));
            return Some(Dateline { place, date });
        }
    }
    let cap = DATELINE_CAPS.captures(first)?;
    let place = cap.name("place")?.as_str().trim();
    // The story's first sentence follows a dateline: it starts with a capital or a quote.
    let after = first[cap.get(0)?.end()..].chars().next();
    if !after.is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || "\"“‘'".contains(c)) {
        return None;
    }
    // At least one real word in capitals ("MOSCOW", "NEW YORK"), not an acronym-led sentence.
    let first_word = place.split([' ', ',']).next().unwrap_or("");
    if first_word.chars().filter(|c| c.is_alphabetic()).count() < 3 || wire_name(first_word).is_some() {
        return None;
    }
    let date = cap.name("date").and_then(|m| resolve_month_day(m.as_str(), reference));
    Some(Dateline { place: place.to_string(), date })
}

/// "August 21" or "Feb 26" (or "Feb 26, 1987") as an ISO date, taking the year from the
/// reference date (the year before, if that would put the date well after publication).
fn resolve_month_day(text: &str, reference: Option<Published>) -> Option<String> {
    if let Some(p) = Published::parse(text) {
        return Some(p.day());
    }
    let reference = reference?.date;
    let with_year = format!("{text}, {}", reference.year());
    let parsed = Published::parse(&with_year)?.date;
    let date = if parsed > reference + chrono::Duration::days(31) {
        NaiveDate::from_ymd_opt(parsed.year() - 1, parsed.month(), parsed.day())?
    } else {
        parsed
    };
    Some(date.format("%Y-%m-%d").to_string())
}

#[cfg(test)]
mod tests;
