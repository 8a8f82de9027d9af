//! HTML pages: the main text and the page's own metadata.
//!
//! We parse with our own forgiving parser ([`super::dom`]), walk the tree once to cut it into text
//! blocks (paragraphs, headings, list items) while skipping scripts, navigation and elements whose
//! class or id names page furniture, then pick the container whose paragraphs carry the most prose
//! (the readability idea: each paragraph votes for its parent and grandparent). Metadata comes
//! from JSON-LD first, then `<meta>` tags, then `<title>` and `<time>`; a date is taken only from
//! places that state a publication date, never from a copyright line or a script.

use super::CleanConfig;
use super::dom::{self, Dom, NodeData, NodeId};
use serde_json::Value;
use std::collections::HashMap;
use storyline_model::{Published, Removed, RemovedKind};

/// What an HTML page gives: its text as paragraphs, and its metadata.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Page {
    /// Main text, paragraphs separated by blank lines.
    pub text: String,
    /// Blocks dropped as furniture (navigation, share bars, related lists).
    pub removed: Vec<Removed>,
    /// Headline.
    pub title: Option<String>,
    /// Byline.
    pub byline: Option<String>,
    /// Publication date.
    pub published: Option<Published>,
    /// Site name.
    pub outlet: Option<String>,
    /// Declared language.
    pub lang: Option<String>,
    /// Canonical URL.
    pub url: Option<String>,
    /// Wire credits stated in metadata.
    pub credits: Vec<String>,
}

const SKIP_TAGS: &[&str] = &[
    // Ruby annotations (furigana over kanji) are reading aids printed above the text, not text.
    "rt",
    "rp",
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "iframe",
    "button",
    "select",
    "nav",
    "aside",
    "footer",
    "object",
    "embed",
    "canvas",
    "video",
    "audio",
    "map",
    "title",
    "meta",
    "link",
    "input",
    "textarea",
    "dialog",
    "figcaption",
    "picture",
    "source",
    "menu",
];

const BLOCK_TAGS: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "main",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "blockquote",
    "pre",
    "table",
    "tr",
    "td",
    "th",
    "br",
    "hr",
    "dd",
    "dt",
    "dl",
    "figure",
    "header",
    "body",
    "html",
    "address",
    "center",
];

/// Furniture elements that are skipped unless they hold nearly all of the page's prose.
const FRAMES: &[&str] = &["aside"];

/// Elements inside a line of text: no space is added around them.
const INLINE_TAGS: &[&str] = &[
    "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "del", "dfn", "em", "font", "i", "ins", "kbd", "mark", "q",
    "ruby", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr", "nobr", "tt", "big",
];

/// Class or id words that mark furniture.
const NOISE_WORDS: &[&str] = &[
    "nav",
    "navbar",
    "menu",
    "breadcrumb",
    "breadcrumbs",
    "footer",
    "sidebar",
    "share",
    "sharing",
    "social",
    "comment",
    "comments",
    "related",
    "recommended",
    "promo",
    "newsletter",
    "subscribe",
    "subscription",
    "cookie",
    "cookies",
    "consent",
    "advert",
    "advertisement",
    "ads",
    "ad",
    "banner",
    "popup",
    "modal",
    "masthead",
    "toolbar",
    "tags",
    "tag-list",
    "byline-share",
    "outbrain",
    "taboola",
    "paywall",
    "signup",
    "most-popular",
    "popular",
    "trending",
    "widget",
    "disqus",
    "skip",
    "hidden",
    "sr-only",
    "visually-hidden",
    "caption",
    "credit",
    "print",
    "author-bio",
    "bio",
    "pagination",
    "pager",
];

/// Words that mark furniture even inside a compound class name.
const NOISE_PARTS: &[&str] = &[
    "comment",
    "comments",
    "sidebar",
    "footer",
    "share",
    "sharing",
    "social",
    "related",
    "cookie",
    "cookies",
    "newsletter",
    "advert",
    "advertisement",
    "breadcrumb",
    "breadcrumbs",
    "navbar",
    "popup",
    "promo",
    "subscribe",
    "paywall",
    "outbrain",
    "taboola",
    "disqus",
    "recommended",
    "consent",
    "relatedposts",
    "rating",
    "ratings",
    "shariff",
    "sharedaddy",
];

/// An element whose class names the author together with one of these words is the author's bio
/// box ("author-description", "m-author__bio", "author-box"), not the article.
const AUTHOR_BOX_PARTS: &[&str] = &["bio", "box", "description", "profile", "about", "info", "details", "card"];

/// Class or id words that mark the article itself; these override noise words.
const CONTENT_WORDS: &[&str] =
    &["article", "story", "content", "post", "entry", "main", "body", "text", "article-body", "story-body"];

#[derive(Debug)]
struct Block {
    text: String,
    tag: &'static str,
    link_chars: usize,
    /// Ancestors that may hold the article, innermost first (element ids).
    parents: [usize; 3],
    /// The innermost block element holding the text.
    node: NodeId,
}

struct Walker<'a> {
    use_classes: bool,
    /// Characters of text outside links under each node.
    prose: &'a [usize],
    dom: &'a Dom<'a>,
    blocks: Vec<Block>,
    current: String,
    current_links: usize,
    current_tag: &'static str,
    stack: Vec<usize>,
    in_link: usize,
    bonus: HashMap<usize, f64>,
}

/// Extracts the main text and metadata of an HTML page. Never fails; hostile input (deep
/// nesting, huge pages) is bounded by `config.max_html_bytes` and an iterative walk.
pub fn extract(config: &CleanConfig, html: &str) -> Page {
    let mut cut = html.len().min(config.max_html_bytes);
    while !html.is_char_boundary(cut) {
        cut -= 1;
    }
    let dom = dom::parse(&html[..cut]);
    let mut page = metadata(&dom, &html[..cut]);
    // Like readability: first trust class and id names; if that leaves almost nothing (a page
    // whose wrapper is named "no-sidebars"), try again without them. A short post of a few
    // sentences is an article all the same: it gives way only to a text many times its length,
    // not to the sidebar's widgets and the comments that the names had kept out.
    let (mut paragraphs, mut removed) = main_text(&dom, true, page.title.as_deref());
    let count = |ps: &[String]| ps.iter().map(|p| p.split_whitespace().count()).sum::<usize>();
    let strict = count(&paragraphs);
    if strict < 80 {
        let (loose, loose_removed) = main_text(&dom, false, page.title.as_deref());
        let loose_words = count(&loose);
        if loose_words > strict * 2 && (strict < 15 || loose_words > strict * 5) {
            paragraphs = loose;
            removed = loose_removed;
        }
    }
    // A byline in the body names the writer where the page's metadata names only the site (a
    // syndicated piece: the author meta says "The Planetary Press", the text "Written by: Julie
    // Mollins").
    let site = |b: &str| names_site(b, page.outlet.as_deref(), page.url.as_deref());
    if page.byline.as_deref().is_none_or(site) {
        let in_body = removed.iter().filter(|r| r.kind == RemovedKind::Byline).find_map(|r| clean_author(&r.text));
        // ("Nada Tawfik, BBC News, New York": the writer, not the site and the desk.)
        let in_body = in_body.map(|name| match name.split_once(", ") {
            Some((who, rest)) if rest.split(", ").next().is_some_and(site) => who.to_string(),
            _ => name,
        });
        if let Some(name) = in_body.filter(|n| !site(n) && without_label(n) == n.as_str()) {
            page.byline = Some(name);
        }
    }
    page.removed = removed;
    page.text = paragraphs.join("\n\n");
    page
}

/// A short line that credits the article: a labelled byline ("Written by: Ana Ruiz", "By Ana
/// Ruiz") or a courtesy line ("Courtesy of Forests News").
fn credit_line(text: &str) -> bool {
    let t = text.trim();
    let words = t.split_whitespace().count();
    if !(2..=8).contains(&words) || t.ends_with(['.', '!', '?']) && !t.ends_with(".m.") {
        return false;
    }
    let labelled = ["Written by", "By", "BY", "Reporting by", "Story by", "Words by", "Author:", "Authors:"]
        .iter()
        .find_map(|label| t.strip_prefix(label))
        .filter(|rest| rest.starts_with([':', ' ']))
        .map(|rest| rest.trim_start_matches(':').trim_start());
    labelled.is_some_and(|rest| names_someone(rest) && clean_author(t).is_some())
        || t.strip_prefix("Courtesy of ").is_some_and(|rest| rest.chars().next().is_some_and(char::is_uppercase))
}

/// Whether a credit's text (up to a comma, "|" or " - ") is a name: capitalised words, not all
/// of them ordinary ("By The Numbers", "By Monday" are no bylines), no digits.
fn names_someone(credit: &str) -> bool {
    let name = credit.split([',', '|']).next().unwrap_or(credit);
    let name = name.split(" - ").next().unwrap_or(name).trim();
    let words: Vec<&str> = name.split_whitespace().collect();
    let ordinary = |w: &&str| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
        crate::extract::entities::ENGLISH_WORDS.contains(w.as_str())
            || storyline_model::month_of(&w).is_some()
            || WEEKDAYS.contains(&w.as_str())
    };
    (1..=6).contains(&words.len())
        && words[0].chars().next().is_some_and(char::is_uppercase)
        && !name.chars().any(|c| c.is_ascii_digit())
        && !words.iter().all(ordinary)
}

/// The main text as paragraphs, and the link lists dropped from it.
fn main_text(dom: &Dom, use_classes: bool, title: Option<&str>) -> (Vec<String>, Vec<Removed>) {
    let prose = prose_lengths(dom);
    let mut walker = Walker {
        use_classes,
        prose: &prose,
        dom,
        blocks: Vec::new(),
        current: String::new(),
        current_links: 0,
        current_tag: "p",
        stack: Vec::new(),
        in_link: 0,
        bonus: HashMap::new(),
    };
    walker.walk(0, 0);
    walker.flush();
    let blocks = walker.blocks;
    let bonus = walker.bonus;
    // Score containers: each prose paragraph votes for its parent (full) and grandparent (half).
    let mut scores: HashMap<usize, f64> = HashMap::new();
    for block in &blocks {
        let len = block.text.chars().count();
        if len < 25 || block.tag.starts_with('h') {
            continue;
        }
        let density = block.link_chars as f64 / len as f64;
        let score = (1.0 + block.text.matches([',', '，', '、']).count() as f64 + (len as f64 / 100.0).min(3.0))
            * (1.0 - density);
        for (depth, parent) in block.parents.iter().enumerate() {
            if *parent == usize::MAX {
                break;
            }
            let share = [1.0, 0.5, 0.25][depth];
            *scores.entry(*parent).or_default() += score * share;
        }
    }
    for (id, b) in &bonus {
        if let Some(s) = scores.get_mut(id) {
            *s *= b;
        }
    }
    let best = scores
        .iter()
        .max_by(|a, b| a.1.partial_cmp(b.1).unwrap_or(std::cmp::Ordering::Equal).then(b.0.cmp(a.0)))
        .map(|(id, _)| *id);
    // Readability's sibling rule: containers beside the best one (same parent) that carry a fair
    // share of prose belong to the article too (a body split by an ad slot or a pull quote).
    let mut parent_of: HashMap<usize, usize> = HashMap::new();
    for block in &blocks {
        for pair in block.parents.windows(2) {
            if pair[1] != usize::MAX {
                parent_of.insert(pair[0], pair[1]);
            }
        }
    }
    let mut chosen: Vec<usize> = best.into_iter().collect();
    if let Some(b) = best {
        let best_score = scores[&b];
        let threshold = (best_score * 0.2).max(10.0);
        if let Some(parent) = parent_of.get(&b) {
            let mut siblings: Vec<usize> = scores
                .iter()
                .filter(|(id, score)| **id != b && **score >= threshold && parent_of.get(id) == Some(parent))
                .map(|(id, _)| *id)
                .collect();
            siblings.sort_unstable();
            chosen.extend(siblings);
        }
    }

    // Outside the chosen containers, prose paragraphs still belong to the article (a lead in the
    // page header, a body split into sections by a layout): keep those with sentence punctuation,
    // some length and few links. Furniture was already skipped by tag and class.
    let is_prose = |b: &Block| {
        let len = b.text.chars().count();
        len >= 80 && b.link_chars * 4 < len && b.text.contains(['.', '!', '?', ',', '。', '，'])
    };

    // A short heading whose next block is a list of links heads that list ("Related posts",
    // "Read next"): it goes with the list.
    let dense = |b: &Block| b.link_chars * 2 > b.text.chars().count();
    let heads_link_list: Vec<bool> = (0..blocks.len())
        .map(|i| {
            let words = blocks[i].text.split_whitespace().count();
            words <= 5
                && !blocks[i].text.ends_with(['.', '!', '?'])
                && !dense(&blocks[i])
                && blocks.get(i + 1).is_some_and(&dense)
        })
        .collect();

    // Prose after the article's container is a stream of other stories when it shares its
    // container with a short link that is all link (a teaser's headline), unless it is inside the
    // article element that holds the container (the article's own later sections).
    let last_inside = blocks.iter().rposition(|b| !chosen.is_empty() && within(dom, b.node, &chosen));
    let cards: std::collections::HashSet<usize> = blocks
        .iter()
        .filter(|b| {
            b.link_chars * 10 >= b.text.chars().count() * 9 && (2..=15).contains(&b.text.split_whitespace().count())
        })
        .map(|b| b.parents[0])
        .filter(|&p| p != usize::MAX)
        .collect();
    let article_of = |mut n: usize| loop {
        if dom.name(n) == "article" {
            break Some(n);
        }
        if n == 0 {
            break None;
        }
        n = dom.nodes[n].parent;
    };
    let chosen_article = chosen.first().and_then(|&c| article_of(c));
    let teaser = |i: usize, b: &Block| {
        last_inside.is_some_and(|l| i > l)
            && cards.contains(&b.parents[0])
            && (chosen_article.is_none() || article_of(b.node) != chosen_article)
    };
    let mut paragraphs: Vec<String> = Vec::new();
    let mut removed = Vec::new();
    for (i, block) in blocks.into_iter().enumerate() {
        let inside = chosen.is_empty() || within(dom, block.node, &chosen) || is_prose(&block) && !teaser(i, &block);
        // A labelled byline or credit in the body ("Written by: Ana Ruiz", "Courtesy of Forests
        // News") is neither a link list nor text, whatever its links.
        if inside && credit_line(&block.text) {
            removed.push(Removed { text: block.text, kind: RemovedKind::Byline });
            continue;
        }
        if heads_link_list[i] {
            removed.push(Removed { text: block.text, kind: RemovedKind::Related });
            continue;
        }
        if !inside {
            continue;
        }
        let len = block.text.chars().count();
        let density = if len == 0 { 0.0 } else { block.link_chars as f64 / len as f64 };
        if density > 0.5 && len < 300 {
            removed.push(Removed { text: block.text, kind: RemovedKind::Nav });
            continue;
        }
        if block.tag == "h1" && title.is_some_and(|t| same_text(t, &block.text)) {
            continue;
        }
        paragraphs.push(block.text);
    }
    (paragraphs, removed)
}

/// Characters of text under each node, not counting link text or skipped elements. Children
/// always come after their parent in `dom.nodes`, so one backward pass adds them up.
fn prose_lengths(dom: &Dom) -> Vec<usize> {
    let mut len = vec![0usize; dom.nodes.len()];
    for id in (1..dom.nodes.len()).rev() {
        let own = match &dom.nodes[id].data {
            NodeData::Text(t) => t.trim().chars().count(),
            // (A frame keeps its own prose, which the page's does not count.)
            NodeData::Element { name, .. } if FRAMES.contains(&name.as_ref()) => {
                continue;
            }
            NodeData::Element { name, .. }
                if is_link(dom, id)
                    || SKIP_TAGS.contains(&name.as_ref()) && !(name == "noscript" && holds_paragraphs(dom, id)) =>
            {
                0
            }
            NodeData::Element { .. } => len[id],
        };
        len[id] = own;
        len[dom.nodes[id].parent] += own;
    }
    len
}

/// Whether a `noscript` inside an article's container holds paragraphs of text (the article a
/// script would have drawn), not a tracking image, a plea to turn scripts on or a consent notice.
/// (Asked of every `noscript`, twice per pass: the paragraphs are looked for first, among the first
/// 2,000 nodes, and the container among the 32 nearest ancestors, so that a page of thousands of
/// nested or empty ones costs little.)
fn holds_paragraphs(dom: &Dom, id: NodeId) -> bool {
    let mut stack = dom.nodes[id].children.clone();
    let (mut seen, mut found) = (0, 0);
    while let Some(c) = stack.pop() {
        seen += 1;
        if seen > 2_000 {
            return false;
        }
        if dom.name(c) == "p" && dom.has_text(c) {
            found += 1;
            if found >= 2 {
                break;
            }
        }
        stack.extend(dom.nodes[c].children.iter().copied());
    }
    if found < 2 {
        return false;
    }
    let mut up = id;
    std::iter::from_fn(|| {
        up = dom.nodes[up].parent;
        (up != 0).then_some(up)
    })
    .take(32)
    .any(|a| dom.name(a) == "article" || noise_factor(dom, a) > 1.0)
}

/// Whether element `id` is a link to somewhere. An `<a>` with a `javascript:` target that wraps
/// paragraphs (not an empty spacer) is not: Readability turns such links into plain containers,
/// and their text is the page's own. A short `javascript:` link ("Print", "Back", "Login") stays
/// a link.
fn is_link(dom: &Dom, id: NodeId) -> bool {
    if dom.name(id) != "a" {
        return false;
    }
    let script = dom
        .attr(id, "href")
        .is_some_and(|h| h.trim_start().get(..11).is_some_and(|s| s.eq_ignore_ascii_case("javascript:")));
    !(script
        && dom.nodes[id].children.iter().any(|&c| {
            matches!(dom.name(c), "p" | "div" | "section" | "article" | "ul" | "ol" | "table" | "blockquote")
                && dom.has_text(c)
        }))
}

/// Whether `node` is one of `containers` or lies inside one.
fn within(dom: &Dom, mut node: NodeId, containers: &[NodeId]) -> bool {
    for _ in 0..1024 {
        if containers.contains(&node) {
            return true;
        }
        if node == 0 {
            return false;
        }
        node = dom.nodes[node].parent;
    }
    false
}

fn same_text(a: &str, b: &str) -> bool {
    let norm = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
    let (a, b) = (norm(a), norm(b));
    a == b || (a.len() > 20 && b.starts_with(&a)) || (b.len() > 20 && a.starts_with(&b))
}

impl Walker<'_> {
    fn flush(&mut self) {
        let text = self.current.split_whitespace().collect::<Vec<_>>().join(" ");
        if !text.is_empty() {
            let mut parents = [usize::MAX; 3];
            // The block's own element is the top of the stack when it is a paragraph; its parents
            // are the elements below.
            let skip = usize::from(
                matches!(self.current_tag, "p" | "li" | "pre" | "blockquote" | "td")
                    || self.current_tag.starts_with('h'),
            );
            // Lists and list items are not candidates (as in Readability): their items vote for
            // the container that holds the list.
            let candidates = self
                .stack
                .iter()
                .rev()
                .skip(skip)
                .filter(|id| !matches!(self.dom.name(**id), "ul" | "ol" | "li" | "dl" | "dd" | "dt"));
            for (slot, id) in candidates.take(3).enumerate() {
                parents[slot] = *id;
            }
            let node = self.stack.last().copied().unwrap_or(0);
            self.blocks.push(Block { text, tag: self.current_tag, link_chars: self.current_links, parents, node });
        }
        self.current.clear();
        self.current_links = 0;
    }

    fn walk(&mut self, id: NodeId, depth: usize) {
        if depth > 600 {
            return;
        }
        match &self.dom.nodes[id].data {
            NodeData::Text(text) => {
                if self.in_link > 0 {
                    self.current_links += text.trim().chars().count();
                }
                self.current.push_str(text.as_ref());
            }
            NodeData::Element { name, .. } => self.walk_element(id, name.as_ref(), depth),
        }
    }

    fn walk_element(&mut self, id: NodeId, name: &str, depth: usize) {
        // (An `aside` that holds nearly all of the page's prose wraps the article: some sites put
        // the whole story in one.)
        let wrapper = || FRAMES.contains(&name) && self.prose[id] * 10 > (self.prose[0] + self.prose[id]) * 9;
        if SKIP_TAGS.contains(&name) && !(name == "noscript" && holds_paragraphs(self.dom, id)) && !wrapper()
            || is_hidden(self.dom, id)
        {
            return;
        }
        let mut noise = if self.use_classes { noise_factor(self.dom, id) } else { 1.0 };
        // A furniture-sounding name on an element that holds most of the page's prose is a
        // wrapper ("above-footer", "no-sidebar-layout"), not furniture.
        if noise == 0.0 && self.prose[id] * 10 > self.prose[0] * 7 {
            noise = 1.0;
        }
        if noise == 0.0 && !matches!(name, "body" | "html" | "article" | "main" | "#root") {
            return;
        }
        let block = BLOCK_TAGS.iter().find(|b| **b == name).copied();
        if let Some(block) = block {
            self.flush();
            self.current_tag = block;
            self.stack.push(id);
            let mut factor = noise;
            if matches!(block, "article" | "main") {
                factor *= 1.5;
            }
            if factor != 1.0 {
                self.bonus.insert(id, factor);
            }
        }
        let is_link = is_link(self.dom, id);
        if is_link {
            self.in_link += 1;
        }
        // Text runs on across inline elements ("<b>Mittel</b>alter", "<a>谷歌</a>的"); other
        // elements (a label, a form, an unknown tag) are kept apart by a space.
        let spaced = block.is_none() && !INLINE_TAGS.contains(&name);
        if spaced {
            self.current.push(' ');
        }
        for &child in &self.dom.nodes[id].children {
            self.walk(child, depth + 1);
        }
        if spaced {
            self.current.push(' ');
        }
        if is_link {
            self.in_link -= 1;
        }
        if let Some(block) = block {
            self.current_tag = block;
            self.flush();
            self.stack.pop();
            self.current_tag = "p";
        }
    }
}

fn is_hidden(dom: &Dom, id: NodeId) -> bool {
    dom.attr(id, "hidden").is_some()
        || dom.attr(id, "aria-hidden") == Some("true")
        || dom.attr(id, "style").is_some_and(|s| {
            let s = s.replace(' ', "").to_ascii_lowercase();
            s.contains("display:none") || s.contains("visibility:hidden")
        })
}

/// 0 for furniture, 1 for neutral, above 1 for article containers, from class, id and role.
fn noise_factor(dom: &Dom, id: NodeId) -> f64 {
    let mut words = String::new();
    for name in ["class", "id", "role", "itemprop"] {
        if let Some(v) = dom.attr(id, name) {
            words.push_str(&v.to_ascii_lowercase());
            words.push(' ');
        }
    }
    if words.is_empty() {
        return 1.0;
    }
    if words.contains("articlebody") || words.contains("article-body") || words.contains("story-body") {
        return 2.0;
    }
    let tokens: Vec<&str> =
        words.split(|c: char| !c.is_ascii_alphanumeric() && c != '-' && c != '_').filter(|t| !t.is_empty()).collect();
    let content = tokens.iter().any(|t| CONTENT_WORDS.contains(t));
    // Whole class names from the list; inside compound names ("post-comments", "share-bar") only
    // the unambiguous words, since "hidden-xs", "print-full" or "widget-wrap" hold articles.
    let parts = || tokens.iter().flat_map(|t| t.split(['-', '_']));
    let author_box = parts().any(|p| p == "author") && parts().any(|p| AUTHOR_BOX_PARTS.contains(&p));
    // ("c-fixed-sidebar-layout", "has-sidebar", "no-comments": a layout that makes room for the
    // furniture, or says there is none, names the page's frame, not the furniture.)
    let layout = |t: &str| t.split(['-', '_']).any(|p| matches!(p, "layout" | "has" | "with" | "no" | "without"));
    let noisy = author_box
        || tokens
            .iter()
            .any(|t| NOISE_WORDS.contains(t) || !layout(t) && t.split(['-', '_']).any(|p| NOISE_PARTS.contains(&p)));
    match (noisy, content) {
        (true, false) => 0.0,
        (true, true) => 0.7,
        (false, true) => 1.3,
        (false, false) => 1.0,
    }
}

/// Metadata: JSON-LD, then `<meta>`, then `<title>`, `<html lang>`, `<time>`; `html` is the page
/// the DOM was parsed from (for dates that only scripts state).
fn metadata(dom: &Dom, html: &str) -> Page {
    let mut page = Page::default();
    let mut web_page_date = None;
    for block in &dom.json_ld {
        // Some pages wrap the JSON in a CDATA section, as XHTML once asked.
        let block = block.trim();
        let block = block.strip_prefix("<![CDATA[").and_then(|b| b.trim_end().strip_suffix("]]>")).unwrap_or(block);
        if let Ok(value) = serde_json::from_str::<Value>(block.trim()) {
            json_ld(&value, &mut page, &mut web_page_date, 0);
        }
    }
    let mut meta: HashMap<String, String> = HashMap::new();
    let mut title_tag = None;
    let mut time_tag = None;
    let mut itemprop_date = None;
    let mut created_date = None;
    let mut class_date = None;
    let mut first_h1 = None;
    let mut first_h2 = None;
    let mut marked_author = None;
    let mut class_author = None;
    let mut link_author = None;
    for id in 0..dom.nodes.len() {
        match dom.name(id) {
            "meta" => {
                let key =
                    dom.attr(id, "property").or_else(|| dom.attr(id, "name")).or_else(|| dom.attr(id, "itemprop"));
                if let (Some(keys), Some(content)) = (key, dom.attr(id, "content")) {
                    let content = content.trim();
                    // A property may hold several names ("x:title dc:title"); Dublin Core's are
                    // written with a colon or a dot.
                    for key in keys.split_whitespace().filter(|_| !content.is_empty()) {
                        let key = key.to_ascii_lowercase();
                        let key = match key.split_once(':') {
                            Some(("dc" | "dcterms", name)) => format!("{}.{name}", &key[..key.len() - name.len() - 1]),
                            _ => key,
                        };
                        meta.entry(key).or_insert_with(|| content.to_string());
                    }
                }
            }
            "link" if dom.attr(id, "rel").is_some_and(|r| r.eq_ignore_ascii_case("canonical")) => {
                if let Some(href) = dom.attr(id, "href") {
                    meta.entry("canonical".into()).or_insert_with(|| href.to_string());
                }
            }
            "html" => {
                page.lang = dom.attr(id, "lang").map(|l| l.split(['-', '_']).next().unwrap_or("").to_ascii_lowercase())
            }
            "title" if title_tag.is_none() => title_tag = Some(dom.text_of(id).trim().to_string()),
            "h1" if first_h1.is_none() => first_h1 = Some(id),
            "h2" if first_h2.is_none() => first_h2 = Some(id),
            "time" if time_tag.is_none() => {
                time_tag =
                    dom.attr(id, "datetime").and_then(Published::parse).or_else(|| find_date(&short_text(dom, id)?))
            }
            "link" | "script" | "style" => {}
            _ => {
                // Elements that say what they are: itemprop, or a class or id naming a date or
                // an author. Only their own short text is read, never the page at large.
                // Microdata's `itemprop` or RDFa's `property` ("schema:dateCreated").
                let itemprop = dom.attr(id, "itemprop").or_else(|| dom.attr(id, "property")).unwrap_or("");
                let itemprop = itemprop.rsplit(':').next().unwrap_or(itemprop);
                if itemprop.eq_ignore_ascii_case("datePublished") && itemprop_date.is_none() {
                    itemprop_date = dom
                        .attr(id, "content")
                        .or_else(|| dom.attr(id, "datetime"))
                        .and_then(Published::parse)
                        .or_else(|| find_date(&short_text(dom, id)?));
                } else if (itemprop.eq_ignore_ascii_case("dateCreated") || itemprop.eq_ignore_ascii_case("uploadDate"))
                    && created_date.is_none()
                {
                    created_date = dom
                        .attr(id, "content")
                        .or_else(|| dom.attr(id, "datetime"))
                        .and_then(Published::parse)
                        .or_else(|| find_date(&short_text(dom, id)?));
                } else if itemprop.eq_ignore_ascii_case("author") && marked_author.is_none() {
                    marked_author = short_text(dom, id).and_then(|t| clean_author(&t));
                }
                if dom.attr(id, "rel").is_some_and(|r| r.eq_ignore_ascii_case("author")) && marked_author.is_none() {
                    marked_author = short_text(dom, id).and_then(|t| clean_author(&t));
                }
                // A link to the author's page ("/author/ana-ruiz/", "/autoren/…", "/staff/…").
                if link_author.is_none()
                    && dom.name(id) == "a"
                    && dom.attr(id, "href").is_some_and(|h| AUTHOR_PATHS.iter().any(|p| h.contains(p)))
                {
                    link_author = short_text(dom, id).and_then(|t| clean_author(&t));
                }
                let names = [dom.attr(id, "class"), dom.attr(id, "id")];
                // Lower-cased once: `str::contains` is much faster than a case-folding scan per word.
                let lower = match names {
                    [None, None] => String::new(),
                    _ => names.iter().flatten().map(|v| v.to_ascii_lowercase()).collect::<Vec<_>>().join(" "),
                };
                let has = |words: &[&str]| words.iter().any(|w| lower.contains(w));
                if names.iter().any(Option::is_some) {
                    if class_date.is_none() && has(DATE_CLASS) {
                        // A machine-readable date in an attribute (`<abbr class="published"
                        // title="2013-04-04T18:52">`), else the element's own short text.
                        class_date = ["datetime", "title", "content"]
                            .iter()
                            .filter_map(|a| dom.attr(id, a))
                            .find_map(Published::parse)
                            .or_else(|| short_text(dom, id).and_then(|t| find_date(&t)));
                    }
                    // (Not a comment's author, nor the comment form's "Name" field.)
                    if class_author.is_none()
                        && has(AUTHOR_CLASS)
                        && !has(&["bio", "about", "comment", "form", "reply"])
                    {
                        class_author = short_text(dom, id).and_then(|t| clean_author(&t));
                    }
                }
            }
        }
    }
    let get = |keys: &[&str]| keys.iter().find_map(|k| meta.get(*k)).cloned();
    let meta_title = get(&["og:title", "twitter:title", "headline", "dc.title", "parsely-title", "sailthru.title"]);
    // A JSON-LD headline whose words are mostly in no other title of the page is a description
    // (Wikipedia's "constitutional monarchy in Oceania" for New Zealand), not the title.
    let h1 = first_h1.map(|h| dom.text_of(h).trim().to_string());
    let others: Vec<&str> = [&meta_title, &title_tag, &h1].into_iter().flatten().map(String::as_str).collect();
    if page.title.as_deref().is_some_and(|t| !others.is_empty() && !others.iter().any(|o| agrees_with(t, o))) {
        page.title = None;
    }
    page.title = page.title.or(meta_title).or(title_tag);
    page.outlet = page.outlet.or_else(|| get(&["og:site_name", "application-name", "publisher", "dc.publisher"]));
    let meta_author = get(&[
        "author",
        "article:author",
        "og:article:author",
        "byl",
        "dc.creator",
        "sailthru.author",
        "parsely-author",
    ]);
    page.published = page.published.or_else(|| {
        get(&[
            "article:published_time",
            "og:article:published_time",
            "datepublished",
            "publishdate",
            "pubdate",
            "publish-date",
            "date",
            "dc.date",
            "dc.date.issued",
            "dcterms.created",
            "sailthru.date",
            "parsely-pub-date",
        ])
        .and_then(|d| Published::parse(&d))
        .or_else(|| {
            // Other vendors' names for the same thing ("shareaholic:article_published_time").
            let mut keys: Vec<&String> = meta
                .keys()
                .filter(|k| ["published_time", "publish_date", "publication_date"].iter().any(|w| k.contains(w)))
                .collect();
            keys.sort();
            keys.into_iter().find_map(|k| Published::parse(&meta[k]))
        })
    });
    page.url = get(&["canonical", "og:url"]).filter(|u| u.starts_with("http"));
    let in_url = page.url.as_deref().and_then(url_date);
    // Where a stated time is in UTC, the newsroom's own day: the URL's date, else a date the page
    // states with its local offset (a meta "date" of "Sat, 19 Oct 2019 00:04:00 +0200"), else the
    // date it prints under the title or after a label. Looked for only then.
    let local_hint = || {
        in_url
            .or_else(|| {
                let mut dates: Vec<Published> = meta.values().filter_map(|v| Published::parse(v)).collect();
                dates.retain(|d| d.time.is_some() && d.offset.is_some_and(|o| o != 0));
                dates.sort_by_key(|d| (d.date, d.time));
                dates.first().copied()
            })
            .or_else(|| first_h1.or(first_h2).and_then(|h| date_under_title(dom, h)))
            .or_else(|| labelled_date(dom))
    };
    page.published = page
        .published
        .or(itemprop_date)
        .or(web_page_date)
        .map(|stated| if stated.offset == Some(0) { local_day(stated, local_hint()) } else { stated })
        .or(in_url)
        .or(time_tag)
        .or(class_date)
        .or(created_date)
        .or_else(|| first_h1.or(first_h2).and_then(|h| date_under_title(dom, h)))
        .or_else(|| labelled_date(dom))
        .or_else(|| script_date(html))
        // Then, when the page says only when it was last changed, that is its date; then the
        // first date that stands alone in an element of its own ("<span>06.12.2022</span>") or
        // opens a paragraph as a dateline; last, a revision date the page prints.
        .or_else(|| {
            get(&["article:modified_time", "og:updated_time", "datemodified", "dcterms.modified", "last-modified"])
                .and_then(|d| Published::parse(&d))
        })
        .or_else(|| lone_date(dom))
        .or_else(|| revised_date(dom));
    // The first byline that names someone, and one naming the site itself ("National
    // Geographic", "tagesschau.de") only when nothing else does.
    let candidates: Vec<String> = [page.byline.take(), meta_author, marked_author, class_author, link_author]
        .into_iter()
        .flatten()
        .map(|b| without_label(&b).to_string())
        .filter(|b| !b.starts_with("http") && !names_no_author(b))
        .collect();
    let site = |b: &str| names_site(b, page.outlet.as_deref(), page.url.as_deref());
    page.byline = candidates.iter().find(|b| !site(b)).or(candidates.first()).cloned();
    if let Some(title) = &page.title {
        page.title = Some(strip_site_suffix(title, page.outlet.as_deref(), h1.as_deref()));
    }
    page
}

/// Whether at least half of the words of title `a` (of letters or digits) are in `b`; titles
/// without such words (Chinese, Japanese) always agree.
fn agrees_with(a: &str, b: &str) -> bool {
    let words = |t: &str| -> Vec<String> {
        t.split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.len() >= 2 && w.chars().all(|c| c.is_ascii_alphanumeric()))
            .map(str::to_ascii_lowercase)
            .collect()
    };
    let (a, b) = (words(a), words(b));
    a.is_empty() || b.is_empty() || a.iter().filter(|w| b.contains(w)).count() * 2 >= a.len()
}

/// Nodes read after the title heading when looking for a date label.
const AFTER_TITLE: usize = 120;

/// Longest text taken for a label ("Posted on September 21, 2020 by Adi Tzlil"), not a sentence.
const LABEL: usize = 80;

/// The first date in a short text (a label, not a paragraph) among the nodes that follow the
/// page's title heading: the "10 September 2017" or "Jan 18, 2019" printed under a headline.
fn date_under_title(dom: &Dom, h1: NodeId) -> Option<Published> {
    (h1 + 1..dom.nodes.len().min(h1 + 1 + AFTER_TITLE)).find_map(|id| match &dom.nodes[id].data {
        NodeData::Text(t) if t.trim().len() <= LABEL => {
            let date = find_date(t)?;
            // "Last updated: January 7, 2025" is not when the article appeared.
            (!labelled_revision(dom, id)).then_some(date)
        }
        _ => None,
    })
}

/// Words that label the date beside them as the publication's, in the languages of the page sets.
const DATE_LABELS: &[&str] = &[
    "date",
    "published",
    "posted",
    "datum",
    "veröffentlicht",
    "erschienen",
    "publié",
    "publié le",
    "fecha",
    "publicado",
    "data",
    "pubblicato",
];

/// A date printed beside a label that says what it is: "Datum" then "28.01.2022" in the next
/// element, or "Published: 3 May 2021" in one.
fn labelled_date(dom: &Dom) -> Option<Published> {
    (0..dom.nodes.len()).find_map(|id| {
        let NodeData::Text(t) = &dom.nodes[id].data else { return None };
        let t = t.trim();
        if t.len() > LABEL {
            return None;
        }
        let (label, rest) = t.split_once(':').unwrap_or((t, ""));
        let label = label.trim().to_lowercase();
        if !DATE_LABELS.contains(&label.as_str()) {
            return None;
        }
        if !rest.trim().is_empty() {
            return find_date(rest);
        }
        date_after_label(dom, id)
    })
}

/// The date in the first words after the label at `id`: one of the next few text nodes, before
/// any other words ("<strong>Datum</strong> <span>28.01.2022</span>").
fn date_after_label(dom: &Dom, id: NodeId) -> Option<Published> {
    (id + 1..dom.nodes.len().min(id + 6))
        .find_map(|next| match &dom.nodes[next].data {
            NodeData::Text(v) if !v.trim().is_empty() => Some(v.trim()),
            _ => None,
        })
        .filter(|v| v.len() <= LABEL)
        .and_then(find_date)
}

/// Whether the element holding the text at `id` labels it a revision's date ("Last updated:").
fn labelled_revision(dom: &Dom, id: NodeId) -> bool {
    let label = dom.short_text(dom.nodes[id].parent, 160).unwrap_or_default().to_lowercase();
    UPDATED.iter().any(|w| label.contains(w))
}

/// Words that label a date as a revision's, in the languages of the page sets.
const UPDATED: &[&str] = &[
    "updated",
    "modified",
    "revised",
    "aktualisiert",
    "geändert",
    "mis à jour",
    "modifié",
    "actualizado",
    "aggiornato",
    "last edited",
];

/// Class or id words of elements that show the publication date.
const DATE_CLASS: &[&str] =
    &["date", "published", "posted", "time", "entry-meta", "post-meta", "dateline", "pubdate", "datum", "fecha"];

/// Days of the week, in the languages of most pages: a byline's date may start with one.
const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "montag",
    "dienstag",
    "mittwoch",
    "donnerstag",
    "freitag",
    "samstag",
    "sonntag",
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "lunes",
    "martes",
    "miércoles",
    "jueves",
    "viernes",
    "sábado",
    "domingo",
];

/// Where sites keep their authors' pages.
const AUTHOR_PATHS: &[&str] = &["/author/", "/authors/", "/autor/", "/autoren/", "/auteur/", "/auteurs/", "/staff/"];

/// Class or id words of elements that show the author.
const AUTHOR_CLASS: &[&str] = &["author", "byline", "writer", "autor", "auteur"];

/// The text of an element if it is short enough to be a label (a date, a name).
fn short_text(dom: &Dom, id: NodeId) -> Option<String> {
    dom.short_text(id, 160)
}

static DATE_IN_TEXT: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(
        r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?)?|\d{1,2}[./]\d{1,2}[./]\d{4}|\b\d{1,2}\.\d{1,2}\.\d{2}\b|\d{1,2}\.?\s+(?:de\s+)?\p{L}{3,10}\.?,?\s+(?:de\s+)?\d{4}|\p{L}{3,10}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}",
    )
    .expect("date-in-text pattern")
});

/// The first date written in a short label ("Posted on 9 October 2018 by Ana"); none before the
/// web's early years, which a label on a web page never means.
fn find_date(text: &str) -> Option<Published> {
    DATE_IN_TEXT
        .find_iter(text)
        .find_map(|m| Published::parse(m.as_str()))
        .filter(|d| chrono::Datelike::year(&d.date) >= FIRST_WEB_YEAR)
}

/// The earliest year a date printed on a page is taken for.
const FIRST_WEB_YEAR: i32 = 1995;

static URL_DATE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(concat!(
        r"/((?:19|20)\d{2})(?:/[A-Za-z]{2,12})?[/-](\d{1,2}|(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6})[/-](\d{1,2})(?:/|-|$)",
        r"|[/_~-](\d{2})[.-](\d{2})[.-]((?:19|20)\d{2})(?:[/_.-]|$)",
        r"|[/_-]((?:19|20)\d{2})(\d{2})(\d{2})(?:[/_.-]|$)",
    ))
    .expect("url date pattern")
});

/// The date in an article URL's path: `/2018/10/09/slug`, with a section or the month's name
/// (`/2007/US/04/09/`, `/2013/may/03/`), a day first (`/29-10-2021`, `_vom_22.04.2020_`, as
/// European sites write it) or run together (`/20030331_speech.html`).
pub(crate) fn url_date(url: &str) -> Option<Published> {
    let path = url.find("://").map_or(url, |i| &url[i + 3..]);
    let path = &path[path.find('/').unwrap_or(path.len())..];
    let cap = URL_DATE.captures(path)?;
    let month;
    let (y, m, d) = if let Some(y) = cap.get(1) {
        month = month_number(&cap[2]);
        (y.as_str(), month.as_str(), &cap[3])
    } else if let Some(y) = cap.get(6) {
        (y.as_str(), &cap[5], &cap[4])
    } else {
        (&cap[7], &cap[8], &cap[9])
    };
    Published::parse(&format!("{y}-{m:0>2}-{d:0>2}")).filter(|p| chrono::Datelike::year(&p.date) >= FIRST_WEB_YEAR)
}

/// A month as a number: "04" as it is, "may" or "Sept" as "5" or "9".
fn month_number(month: &str) -> String {
    storyline_model::month_of(month).map_or_else(|| month.to_string(), |m| m.to_string())
}

/// The day a stated publication time falls on where the article was published. A time given in
/// UTC ("2020-02-25T02:25:54Z") may fall on the day before or after the newsroom's: the same
/// moment written with a local offset is the newsroom's, and a date alone (in the article's URL,
/// minted there, or printed on the page) a day from it is that day. Without one, a UTC time of
/// exactly 22:00 or 23:00 is a European midnight that a CMS stored in UTC: the next day.
fn local_day(stated: Published, hint: Option<Published>) -> Published {
    if stated.offset != Some(0) {
        return stated;
    }
    if let Some(local) = hint {
        // The same moment written with the newsroom's offset; else a date alone, a day apart.
        let instant = |p: Published| Some(p.date.and_time(p.time?) - chrono::Duration::seconds(p.offset?.into()));
        return match (instant(stated), instant(local)) {
            (Some(a), Some(b)) if (a - b).num_seconds().abs() <= 3600 => local,
            (_, Some(_)) => stated,
            _ if (local.date - stated.date).num_days().abs() == 1 => local,
            _ => stated,
        };
    }
    let midnight = stated.time.is_some_and(|t| {
        use chrono::Timelike;
        matches!(t.hour(), 22 | 23) && t.minute() == 0 && t.second() == 0
    });
    match stated.date.succ_opt() {
        Some(next) if midnight => Published::from_date(next),
        _ => stated,
    }
}

static SCRIPT_DATE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(
        r#"["']?\b(?:datePublished|date_published|published_at|publishedAt|publishDate|publish_date|publication_date|first_publish_date|firstPublishDate)["']?\s*:\s*["']([^"'<>]{8,40})["']"#,
    )
    .expect("script date pattern")
});

/// A publication date that only a script states, in a key every CMS names the same way
/// (`"published_at":"2019-03-02T06:22:28+01:00"` in a shop's product JSON): the first that parses.
fn script_date(html: &str) -> Option<Published> {
    SCRIPT_DATE.captures_iter(html).take(20).find_map(|c| Published::parse(&c[1]))
}

/// Longest text read as a date that stands alone ("Bonn, 11.10.2021", "01.11.2023 11:35").
const LONE_DATE: usize = 40;

/// The first text of its own that is little more than a date: "<span>06.12.2022</span>",
/// "<h3>21.01.2022</h3>". Words around the date may name the place or the time, not more: a
/// sentence that holds a date is not the page's date, and a link's date is another page's.
fn lone_date(dom: &Dom) -> Option<Published> {
    (0..dom.nodes.len()).find_map(|id| {
        let NodeData::Text(t) = &dom.nodes[id].data else { return None };
        let t = t.trim();
        if t.len() < 6 || dom.name(dom.nodes[id].parent) == "a" {
            return None;
        }
        // A dateline: a paragraph that opens with its date and a dash ("27.1.2022 - Bei der …").
        if t.len() > LONE_DATE {
            let mut head = LONE_DATE;
            while !t.is_char_boundary(head) {
                head -= 1;
            }
            let m = DATE_IN_TEXT.find(&t[..head]).filter(|m| m.start() == 0)?;
            let dash = t[m.end()..].trim_start().starts_with(['-', '–', '—']);
            return if dash { find_date(m.as_str()) } else { None };
        }
        let m = DATE_IN_TEXT.find(t)?;
        let rest = t[..m.start()].chars().chain(t[m.end()..].chars()).filter(|c| c.is_alphabetic()).count();
        if rest > 10 {
            return None;
        }
        // As under the title: a revision's date ("Last updated:" beside it) is not the page's.
        if labelled_revision(dom, id) {
            return None;
        }
        find_date(m.as_str())
    })
}

/// A revision date the page prints ("Aktualisiert: 30.12.2016", "(last edited 2019-11-10 by …)"):
/// when a page gives no other date, when it last changed is the best there is, as with its
/// `article:modified_time`.
fn revised_date(dom: &Dom) -> Option<Published> {
    (0..dom.nodes.len()).find_map(|id| {
        let NodeData::Text(t) = &dom.nodes[id].data else { return None };
        if t.len() > LABEL {
            return None;
        }
        let lower = t.to_lowercase();
        let at = UPDATED.iter().filter_map(|w| lower.find(w).map(|i| i + w.len())).min()?;
        // Lower-casing keeps byte offsets for the label words, which are ASCII or Latin letters
        // of the same length in both cases; `get` refuses any other cut. The date follows in the
        // label's own text or in the next text ("<em>Last updated:</em> January 7, 2025").
        find_date(t.get(at..)?).or_else(|| date_after_label(dom, id))
    })
}

/// A name from a byline label: "By Ana Ruiz" → "Ana Ruiz"; refuses text that is not a name.
fn clean_author(text: &str) -> Option<String> {
    let t = without_label(text);
    // (What a label introduces is a name however it is written: "Autor: przepisy.pl".)
    let labelled = t.len() < text.trim().len();
    let t = t.split(['|', '•', '·', '\n']).next().unwrap_or(t).trim().trim_end_matches([',', ':', '-']).trim();
    // "Moritz Gathmann am 21. April 2020", "Ana Ruiz on Monday, March 3, 2024": the date is not
    // the name (and a label before a date names no one: "En kiosques : 12 décembre").
    let mut t = match t.find(|c: char| c.is_ascii_digit()) {
        Some(at) if at > 0 => {
            let head = t[..at].trim_end();
            let head = match head.rsplit_once(' ') {
                Some((h, w)) if storyline_model::month_of(w.trim_end_matches('.')).is_some() => h,
                _ => head,
            };
            if head.trim_end().ends_with(':') {
                return None;
            }
            head
        }
        _ => t,
    };
    loop {
        let before = t;
        t = t.trim_end_matches([',', ' ', '-', '–']);
        if let Some((head, last)) = t.rsplit_once(' ')
            && (WEEKDAYS.contains(&last.to_lowercase().as_str())
                || ["am", "on", "at", "le", "el", "den", "vom", "the"].contains(&last.to_lowercase().as_str()))
        {
            t = head;
        }
        if t == before {
            break;
        }
    }
    if WEEKDAYS.contains(&t.to_lowercase().as_str()) {
        return None;
    }
    let words = t.split_whitespace().count();
    let looks_like_name = (1..=8).contains(&words)
        && (labelled || t.chars().next().is_some_and(char::is_uppercase))
        && !t.contains(['@', '/', '©'])
        && t.chars().filter(|c| c.is_ascii_digit()).count() == 0
        && !names_no_author(t);
    looks_like_name.then(|| t.to_string())
}

/// A byline without its label: "By Ana Ruiz", "Posted by Ana Ruiz", "Autor: Ana Ruiz" → "Ana Ruiz".
fn without_label(text: &str) -> &str {
    const LABELS: &[&str] = &[
        "Posted by ",
        "posted by ",
        "Posted by: ",
        "Published by ",
        "Written by ",
        "written by ",
        "Written by: ",
        "Reporting by ",
        "Story by ",
        "Geschrieben von ",
        "Veröffentlicht von ",
        "Author: ",
        "Autor: ",
        "Autorin: ",
        "Auteur : ",
        "Auteur: ",
        "Text: ",
        "Von: ",
        "By: ",
        "By ",
        "by ",
        "BY ",
        "Von ",
        "von ",
        "Par ",
        "par ",
        "Por ",
        "por ",
        "Door ",
        "door ",
        "Di ",
        "di ",
    ];
    let t = text.trim();
    for label in LABELS {
        // (Any case: "VON MORITZ GATHMANN".)
        if t.get(..label.len()).is_some_and(|head| head.eq_ignore_ascii_case(label)) {
            return t[label.len()..].trim();
        }
    }
    t
}

/// Whether a byline is the site's own name: its `outlet` ("National Geographic") or its host
/// ("tagesschau.de", "STERN.de" for www.stern.de).
fn names_site(byline: &str, outlet: Option<&str>, url: Option<&str>) -> bool {
    let squeeze = |s: &str| s.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect::<String>();
    let byline = squeeze(byline.strip_prefix("The ").unwrap_or(byline));
    let host = url.and_then(crate::host_of);
    let host_name = host.as_deref().map(|h| h.split('.').next().unwrap_or(h));
    !byline.is_empty()
        && (outlet.is_some_and(|o| squeeze(o.strip_prefix("The ").unwrap_or(o)) == byline)
            || host.as_deref().is_some_and(|h| squeeze(h) == byline)
            || host_name.is_some_and(|h| squeeze(h) == byline))
}

/// Text found where a byline stands that names no author: a label with nothing after it
/// ("Posted on", "By"), a comment form's field ("Name (required)", "Name *"), a commenter
/// ("Anna says"), a theme's credit ("Theme: Pirate Rogue by xwolf").
fn names_no_author(text: &str) -> bool {
    const LABELS: &[&str] = &[
        "by",
        "von",
        "par",
        "por",
        "door",
        "posted",
        "posted on",
        "posted by",
        "published",
        "published on",
        "written by",
        "author",
        "autor",
        "auteur",
        "publiziert am",
        "veröffentlicht am",
        "geschrieben von",
        "no author",
        "unknown",
        "anonymous",
        "name",
        "e-mail",
        "email",
        "website",
        "nom",
        "nombre",
    ];
    let lower = text.to_lowercase();
    let lower = lower.trim_end_matches([':', '*', ' ']);
    let field = lower.split_once(" (").map_or(lower, |(head, _)| head);
    // (A photo's credit, a handle, an initial, a courtesy line.)
    let credit = ["foto:", "fotos:", "photo:", "photos:", "bild:", "image:", "credit:", "cortesía", "courtesy"];
    LABELS.contains(&lower)
        || LABELS.contains(&field) && lower.ends_with(')')
        || lower.starts_with('@')
        || lower.trim_end_matches('.').chars().count() <= 1
        || credit.iter().any(|c| lower.starts_with(c))
        || [" says", " sagt", " dit", " dice", " schreibt", " wrote"].iter().any(|w| lower.ends_with(w))
        || ["theme:", "theme by", "designed by", " designed", "powered by", "wordpress"]
            .iter()
            .any(|w| lower.contains(w))
}

/// "Story title | Site" → "Story title": the site named, or a short tail after a title of four
/// words or more, or after the page's heading ("New Zealand - Wikipedia" under "New Zealand").
fn strip_site_suffix(title: &str, outlet: Option<&str>, heading: Option<&str>) -> String {
    for sep in [" | ", " - ", " – ", " — ", " :: "] {
        if let Some((head, tail)) = title.rsplit_once(sep) {
            let tail_short = tail.split_whitespace().count() <= 4;
            let names_outlet = outlet.is_some_and(|o| tail.trim().eq_ignore_ascii_case(o.trim()));
            let is_heading = heading.is_some_and(|h| head.trim().eq_ignore_ascii_case(h));
            // A tail in lower-case words is a subtitle ("… - an async task framework"), not a
            // site's name ("| eHow", "| washingtonpost.com" do name one).
            let subtitle = tail.split_whitespace().next().is_some_and(|w| w.chars().all(char::is_lowercase));
            if names_outlet || (tail_short && !subtitle && (head.split_whitespace().count() >= 4 || is_heading)) {
                return head.trim().to_string();
            }
        }
    }
    title.trim().to_string()
}

/// Reads an article object from JSON-LD (possibly inside `@graph` or an array).
fn json_ld(value: &Value, page: &mut Page, page_date: &mut Option<Published>, depth: usize) {
    if depth > 6 {
        return;
    }
    match value {
        Value::Array(items) => items.iter().for_each(|v| json_ld(v, page, page_date, depth + 1)),
        Value::Object(obj) => {
            if let Some(graph) = obj.get("@graph") {
                json_ld(graph, page, page_date, depth + 1);
            }
            let kind = match obj.get("@type") {
                Some(Value::String(s)) => s.clone(),
                Some(Value::Array(a)) => a.iter().filter_map(Value::as_str).collect::<Vec<_>>().join(" "),
                _ => String::new(),
            };
            if !(kind.contains("Article") || kind.contains("Posting") || kind.contains("Report")) {
                // A web page's own publication date is still a stated date, kept as a fallback.
                if kind.contains("WebPage")
                    && let Some(d) = obj.get("datePublished").and_then(Value::as_str).and_then(Published::parse)
                {
                    page_date.get_or_insert(d);
                }
                return;
            }
            // (Sites escape entities inside JSON-LD too: "O&#039;Donnell".)
            let clean = |s: &str| html_escape::decode_html_entities(s).trim().to_string();
            let text = |v: Option<&Value>| -> Option<String> {
                match v? {
                    Value::String(s) => Some(clean(s)).filter(|s| !s.is_empty()),
                    Value::Object(o) => o.get("name").and_then(Value::as_str).map(clean),
                    Value::Array(a) => {
                        let names: Vec<String> = a
                            .iter()
                            .filter_map(|x| match x {
                                Value::String(s) => Some(clean(s)),
                                Value::Object(o) => o.get("name").and_then(Value::as_str).map(clean),
                                _ => None,
                            })
                            .collect();
                        (!names.is_empty()).then(|| names.join(", "))
                    }
                    _ => None,
                }
            };
            page.title = page.title.take().or_else(|| text(obj.get("headline")));
            page.byline = page.byline.take().or_else(|| text(obj.get("author")));
            page.outlet = page.outlet.take().or_else(|| text(obj.get("publisher")));
            page.published =
                page.published.or_else(|| text(obj.get("datePublished")).and_then(|d| Published::parse(&d)));
            if let Some(w) =
                text(obj.get("sourceOrganization")).and_then(|s| super::text::wire_name(&s).map(str::to_string))
            {
                page.credits.push(w);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(html: &str) -> Page {
        extract(&CleanConfig::standard(), html)
    }

    #[test]
    fn picks_the_article_and_its_metadata() {
        let html = r##"<!doctype html><html lang="en-GB"><head>
<title>Harbour bridge opens after decade of delays | Coast Herald</title>
<meta property="og:site_name" content="Coast Herald">
<meta name="author" content="Mara Lind">
<link rel="canonical" href="https://herald.example/news/bridge-opens">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Harbour bridge opens after decade of delays","datePublished":"2024-06-02T08:30:00+02:00"}</script>
<script>var copyright = "2019"; var d = "2011-01-01";</script>
</head><body>
<nav class="top-nav"><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<div class="share-bar"><a href="#">Share on Facebook</a></div>
<article class="story"><h1>Harbour bridge opens after decade of delays</h1>
<div class="article-body">
<p>The harbour bridge opened to traffic on Saturday morning, ten years after work began and four years later than planned.</p>
<p>Officials said the crossing would cut the drive between the two towns from forty minutes to ten, and that tolls would be waived for the first month.</p>
<figure><img src="x.jpg"><figcaption>The bridge at dawn. Photo: staff</figcaption></figure>
<p>Residents lined the approach roads, and a brass band played as the first cars crossed.</p>
</div>
<div class="related-articles"><h3>More news</h3><ul><li><a href="/a">Ferry company cuts routes as bridge nears completion today</a></li></ul></div>
</article>
<footer>Copyright 2024 Coast Herald. All rights reserved.</footer>
</body></html>"##;
        let p = page(html);
        assert_eq!(p.title.as_deref(), Some("Harbour bridge opens after decade of delays"));
        assert_eq!(p.outlet.as_deref(), Some("Coast Herald"));
        assert_eq!(p.byline.as_deref(), Some("Mara Lind"));
        assert_eq!(p.lang.as_deref(), Some("en"));
        assert_eq!(p.url.as_deref(), Some("https://herald.example/news/bridge-opens"));
        assert_eq!(p.published.map(|d| d.to_string()).as_deref(), Some("2024-06-02T08:30:00+02:00"));
        let paras: Vec<&str> = p.text.split("\n\n").collect();
        assert_eq!(paras.len(), 3, "{paras:#?}");
        assert!(paras[0].starts_with("The harbour bridge opened"));
        assert!(paras[2].starts_with("Residents lined"));
        for bad in ["Share on", "Home", "Ferry company", "Copyright", "Photo: staff", "var copyright"] {
            assert!(!p.text.contains(bad), "{bad} leaked into {}", p.text);
        }
    }

    /// A commenter, the comment form's "Name" field, a bare label and a theme's credit are no
    /// byline of the article.
    #[test]
    fn a_short_post_is_kept_over_the_sidebar() {
        // Three short lines of a blog post, and a sidebar whose widget holds longer text: the
        // post is the article, though the class names are set aside when they leave little.
        let tweets = "Walked the dunes at dawn today, and the wind had carved new ridges into every slope.";
        let html = format!(
            r#"<html><body><div id="content"><div class="post hentry" id="post-12">
<h2 class="posttitle">Nothing to do</h2>
<p>"I know I have had a glass too many tonight, and I should probably keep quiet about all this."</p>
<p>"Then keep quiet."</p><p>"Fine."</p></div></div>
<div id="sidebar"><ul><li class="widget widget_twitter"><h2>Twitter</h2><ul><li>{tweets}</li></ul></li>
<li class="widget"><p>Cookies: this site uses cookies, and by going on you agree to their use, as our policy says.</p></li></ul></div>
</body></html>"#
        );
        let p = page(&html);
        assert!(p.text.contains("a glass too many") && p.text.contains("Then keep quiet"), "{}", p.text);
        assert!(!p.text.contains("dunes") && !p.text.contains("Cookies"), "{}", p.text);
        // A whole article inside a wrapper named like furniture is still found.
        let body = "<p>The harbour board voted on Monday to close the old pier, which has stood since 1911, until the spring.</p>".repeat(6);
        let html = format!(r#"<html><body><div class="comments-open layout"><div>{body}</div></div></body></html>"#);
        assert!(page(&html).text.contains("harbour board voted"), "{}", page(&html).text);
    }

    #[test]
    fn a_layout_with_room_for_a_sidebar_is_no_sidebar() {
        // The article sits in a frame named for the sidebar it leaves room for, and the page's
        // related links and comments hold more prose than the article's frame alone.
        let body = "<p>The harbour board voted on Monday to close the old pier, which has stood since 1911, until the spring.</p>".repeat(4);
        let others = "<p>Another story from this site, told at some length so that it counts as prose, with commas, and more words.</p>".repeat(5);
        let html = format!(
            r#"<html><body><div class="o-row c-fixed-sidebar-layout--300@md"><article>{body}</article></div>
<div class="has-comments"><div class="comments">{others}</div></div><div class="sidebar-wrapper">{others}</div></body></html>"#
        );
        let text = page(&html).text;
        assert!(text.contains("harbour board voted"), "{text}");
        assert!(!text.contains("Another story"), "{text}");
    }

    #[test]
    fn an_article_printed_for_readers_without_scripts_is_read() {
        // A blog that draws its post from a script template prints it again in a `noscript`
        // for readers without scripts; a consent notice in another `noscript` stays out.
        let body = "<p>The harbour board voted on Monday to close the old pier, which has stood since 1911, until the spring.</p>".repeat(3);
        let notice = "<p>We and our partners would like to store cookies on your device to measure the use of this site, as our policy says.</p>".repeat(2);
        let html = format!(
            r#"<html><body><noscript><div class="message">{notice}</div></noscript>
<div class="post"><h2>Pier closed</h2><div class="post-body" itemprop="articleBody">
<script type="text/template">{body}</script><noscript>{body}</noscript></div></div></body></html>"#
        );
        let text = page(&html).text;
        assert!(text.contains("harbour board voted"), "{text}");
        assert!(!text.contains("cookies"), "{text}");
        // A `noscript` never closed holds nothing: the article after it is still read.
        let html = format!(r#"<html><body><noscript><img src="/pixel.gif"><article>{body}</article></body></html>"#);
        assert!(page(&html).text.contains("harbour board voted"), "{}", page(&html).text);
    }

    #[test]
    fn a_story_inside_an_aside_is_read_and_an_aside_beside_one_is_not() {
        let body = "<p>The harbour board voted on Monday to close the old pier, which has stood since 1911, until the spring.</p>".repeat(4);
        let others = "<p>Another story from this site, told at some length so that it counts as prose, with commas, and more words.</p>".repeat(2);
        // The whole story in an `aside` (with its share buttons in another).
        let html = format!(
            r#"<html><body><main><aside class="content-box"><aside><a href="/share">Share</a></aside><h1>Pier closed</h1><div>{body}</div></aside></main></body></html>"#
        );
        assert!(page(&html).text.contains("harbour board voted"), "{}", page(&html).text);
        // An `aside` of other stories beside the article stays out.
        let html = format!(r#"<html><body><article>{body}</article><aside>{others}</aside></body></html>"#);
        let text = page(&html).text;
        assert!(text.contains("harbour board voted") && !text.contains("Another story"), "{text}");
    }

    #[test]
    fn a_stream_of_teasers_after_the_story_is_left_out() {
        let body = "<p>The harbour board voted on Monday to close the old pier, which has stood since 1911, until the spring.</p>".repeat(5);
        let card = |n: usize| {
            format!(
                r#"<div class="item"><h3><a href="/s/{n}">Storm floods the seafront road</a></h3><p>Waves broke over the sea wall on Sunday night, and the road along the front was shut until the water went down, the council said.</p></div>"#
            )
        };
        let stream: String = (0..4).map(card).collect();
        let html = format!(r#"<html><body><article><div>{body}</div></article><div>{stream}</div></body></html>"#);
        let text = page(&html).text;
        assert!(text.contains("harbour board voted") && !text.contains("Waves broke"), "{text}");
        // A later part of the story in a box of its own, with no teaser's headline, is kept.
        let more = "<p>Anglers who fish from the pier at night were told to move to the beach for the months of the works.</p>";
        let html = format!(
            r#"<html><body><div class="main"><div>{body}</div></div><div class="box">{more}</div><div>{stream}</div></body></html>"#
        );
        assert!(page(&html).text.contains("Anglers who fish"), "{}", page(&html).text);
    }

    #[test]
    fn comments_forms_and_labels_name_no_author() {
        let body = "<p>The lighthouse on the northern cape was restored by volunteers over three summers, and it shines again.</p>";
        for furniture in [
            r#"<div class="comments"><p class="comment-author">Kestrel99</p><p>Lovely work.</p></div>"#,
            r#"<form><p class="comment-form-author"><label>Name (required)</label><input></p></form>"#,
            r#"<div class="byline">Posted on</div>"#,
            r#"<span class="author">Anna says</span>"#,
            r#"<footer><span class="author">Theme: Coastline by Mara</span></footer>"#,
        ] {
            let p = page(&format!("<html><body><article>{body}</article>{furniture}</body></html>"));
            assert_eq!(p.byline, None, "{furniture}");
        }
        for (meta, want) in [("Name *", None), ("Mara Lind", Some("Mara Lind"))] {
            let p =
                page(&format!(r#"<html><head><meta name="author" content="{meta}"></head><body>{body}</body></html>"#));
            assert_eq!(p.byline.as_deref(), want, "{meta}");
        }
        let p = page(&format!(r#"<html><body><p class="byline">By Mara Lind</p>{body}</body></html>"#));
        assert_eq!(p.byline.as_deref(), Some("Mara Lind"));
        // Labels go, and what a label introduces is a name however it is written.
        for (marked, want) in [
            ("Posted by Ned Lind", "Ned Lind"),
            ("Autor: Ana Ruiz", "Ana Ruiz"),
            ("By gizzmo", "gizzmo"),
            ("Photo: Ana Ruiz", ""),
            ("@coastherald", ""),
        ] {
            let p = page(&format!(r#"<html><body><span class="author">{marked}</span>{body}</body></html>"#));
            assert_eq!(p.byline.as_deref().unwrap_or(""), want, "{marked}");
        }
        // A date after the name is not the name; a label before a date names no one.
        for (marked, want) in [
            ("VON MORA LIND am 21. April 2020", "MORA LIND"),
            ("By Ana Ruiz on Monday, March 3, 2024", "Ana Ruiz"),
            ("Published by ANARUIZ at 10:11 am", "ANARUIZ"),
            ("Donnerstag, 12. März 2020", ""),
            ("En kiosques : 12 décembre 2023", ""),
        ] {
            let p = page(&format!(r#"<html><body><p class="byline__author">{marked}</p>{body}</body></html>"#));
            assert_eq!(p.byline.as_deref().unwrap_or(""), want, "{marked}");
        }
        // A link to the author's page, and Open Graph's author.
        let p = page(&format!(r#"<html><body><a href="/staff/ana-ruiz/">Ana Ruiz</a>{body}</body></html>"#));
        assert_eq!(p.byline.as_deref(), Some("Ana Ruiz"));
        let p = page(&format!(
            r#"<html><head><meta property="og:article:author" content="Ana Ruiz"></head><body>{body}</body></html>"#
        ));
        assert_eq!(p.byline.as_deref(), Some("Ana Ruiz"));
        // The site's own name is the byline only when nothing else names someone.
        let head =
            r#"<meta property="og:site_name" content="Coast Herald"><meta name="author" content="Coast Herald">"#;
        let p = page(&format!(
            r#"<html><head>{head}</head><body><span class="author">Mara Lind</span>{body}</body></html>"#
        ));
        assert_eq!(p.byline.as_deref(), Some("Mara Lind"));
        let p = page(&format!(r#"<html><head>{head}</head><body>{body}</body></html>"#));
        assert_eq!(p.byline.as_deref(), Some("Coast Herald"));
        // A syndicated piece: the metadata names the site, the body its writer and first
        // publisher, in lines that are all link (kept as a byline, not as a link list).
        let credits = r#"<p><em>Courtesy of <a href="https://forests.example/">Forest Notes</a></em></p>
<p><em>Written by: <a href="https://forests.example/a/1">Ines Varga</a></em></p>"#;
        let p = page(&format!(r#"<html><head>{head}</head><body><article>{credits}{body}</article></body></html>"#));
        assert_eq!(p.byline.as_deref(), Some("Ines Varga"));
        let kinds: Vec<_> = p.removed.iter().map(|r| (r.kind, r.text.as_str())).collect();
        assert_eq!(
            kinds,
            [(RemovedKind::Byline, "Courtesy of Forest Notes"), (RemovedKind::Byline, "Written by: Ines Varga")]
        );
        // The desk and the site after the writer's name are not the name.
        let desk = r#"<p>By <a href="/staff/ines">Ines Varga</a>, Coast Herald, Lisbon</p>"#;
        let p = page(&format!(r#"<html><head>{head}</head><body><article>{desk}{body}</article></body></html>"#));
        assert_eq!(p.byline.as_deref(), Some("Ines Varga"));
        // A heading that starts like a byline is none, and an author the metadata names stays.
        assert!(!credit_line("By The Numbers") && !credit_line("By Monday") && !credit_line("Byron Lind"));
        assert!(credit_line("By Ines Varga") && credit_line("Written by: Ines Varga"));
        let p = page(&format!(
            r#"<html><head><meta name="author" content="Mara Lind"></head><body><article>{credits}{body}</article></body></html>"#
        ));
        assert_eq!(p.byline.as_deref(), Some("Mara Lind"));
        assert!(names_site("STERN.de", None, Some("https://www.stern.de/x")));
        assert!(names_site("The Coast Herald", Some("Coast Herald"), None));
        assert!(!names_site("Mara Lind", Some("Coast Herald"), Some("https://herald.example/a")));
    }

    #[test]
    fn titles_from_vendor_meta_and_not_from_descriptions() {
        let body =
            "<body><p>The lighthouse on the northern cape was restored by volunteers over three summers.</p></body>";
        // An encyclopedia's JSON-LD "headline" describes the subject; the heading names it.
        let p = page(&format!(
            r#"<html><head><title>Kestrel Point - Coastpedia</title>
<script type="application/ld+json">{{"@type":"Article","name":"Kestrel Point","headline":"headland on the northern coast"}}</script>
</head><body><h1>Kestrel Point</h1>{body}"#
        ));
        assert_eq!(p.title.as_deref(), Some("Kestrel Point"));
        // A headline in other words than a site-suffixed title is still the headline.
        let p = page(&format!(
            r#"<html><head><title>Volunteers restore cape lighthouse | Coast Herald</title>
<script type="application/ld+json">{{"@type":"NewsArticle","headline":"Cape lighthouse restored by volunteers"}}</script>
</head>{body}"#
        ));
        assert_eq!(p.title.as_deref(), Some("Cape lighthouse restored by volunteers"));
        // Entities escaped inside JSON-LD are decoded, in an author object too.
        let p = page(&format!(
            r#"<html><head><script type="application/ld+json">{{"@type":"NewsArticle","headline":"Cape light","author":{{"@type":"Person","name":"Ana O&#039;Neill"}}}}</script></head>{body}"#
        ));
        assert_eq!(p.byline.as_deref(), Some("Ana O'Neill"));
        // Parse.ly's title; a property with two names ("x:title dc:title").
        let p =
            page(&format!(r#"<html><head><meta name="parsely-title" content="Cape light shines again"></head>{body}"#));
        assert_eq!(p.title.as_deref(), Some("Cape light shines again"));
        let p = page(&format!(
            r#"<html><head><title>Site</title><meta property="x:title dc:title" content="Cape light restored"></head>{body}"#
        ));
        assert_eq!(p.title.as_deref(), Some("Cape light restored"));
        // A site's name after the title goes; a subtitle stays.
        for (title, want) in [
            ("Cape lighthouse restored by volunteers | Coastwatch", "Cape lighthouse restored by volunteers"),
            (
                "How we rebuilt the cape lighthouse - a volunteer project",
                "How we rebuilt the cape lighthouse - a volunteer project",
            ),
        ] {
            let p = page(&format!("<html><head><title>{title}</title></head>{body}"));
            assert_eq!(p.title.as_deref(), Some(want));
        }
    }

    #[test]
    fn scripts_cannot_swallow_the_page() {
        // An unclosed head and markup inside a script: browsers cope, so must we.
        let p = page(
            r#"<html><head><title>T</title><script>document.write("<div><p>ad");</script>
<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2023-02-01"}</script>
<!-- <p>commented out paragraph that should not appear in the text at all</p> -->
<body><div><p>The reservoir reached its lowest level since records began, engineers said on Tuesday.</p>
<p>Water use limits will apply to farms and households from next week, the authority added.</p></div></body></html>"#,
        );
        assert!(p.text.starts_with("The reservoir reached"), "{}", p.text);
        assert!(!p.text.contains("commented out") && !p.text.contains("ad\""));
        assert_eq!(p.published.map(|d| d.to_string()).as_deref(), Some("2023-02-01"));
    }

    #[test]
    fn dates_from_rdfa_labels_vendor_meta_and_last_changes() {
        let day = |html: &str| page(html).published.map(|d| d.day());
        let body = "<p>The council met for hours and argued, at length, over the new budget for the harbour.</p>";
        // RDFa's `property`, as microdata's `itemprop`.
        let html = format!(
            r#"<html><body><span property="schema:dateCreated" content="2022-01-28T12:45:46+00:00"></span>{body}</body></html>"#
        );
        assert_eq!(day(&html).as_deref(), Some("2022-01-28"));
        // A label, then the date in the next element; or both in one.
        let html = format!(
            r#"<html><body><p><strong>Ort</strong> <span>Kiel</span><br><strong>Datum</strong> <span>28.01.2022</span></p>{body}</body></html>"#
        );
        assert_eq!(day(&html).as_deref(), Some("2022-01-28"));
        let html = format!(r#"<html><body><div>Published: 3 May 2021</div>{body}</body></html>"#);
        assert_eq!(day(&html).as_deref(), Some("2021-05-03"));
        // A date-classed element with a two-digit year.
        let html = format!(r#"<html><body><div class="uploaded-date"> 23.09.22 </div>{body}</body></html>"#);
        assert_eq!(day(&html).as_deref(), Some("2022-09-23"));
        // A vendor's meta name, and a malformed machine timestamp.
        let html = format!(
            r#"<html><head><meta name="publication_date" content="2022-02-08T14:00:00"></head><body>{body}</body></html>"#
        );
        assert_eq!(day(&html).as_deref(), Some("2022-02-08"));
        // Only a last change: that is the page's date, below anything else.
        let html = format!(
            r#"<html><head><meta property="og:updated_time" content="2022-01-28T11:05:37+0100"></head><body>{body}</body></html>"#
        );
        assert_eq!(day(&html).as_deref(), Some("2022-01-28"));
        let html = format!(
            r#"<html><head><meta property="og:updated_time" content="2022-01-28T11:05:37+0100"></head><body><time datetime="2021-12-01">1 Dec</time>{body}</body></html>"#
        );
        assert_eq!(day(&html).as_deref(), Some("2021-12-01"));
        // A label word without a date beside it gives nothing.
        let html = format!(r#"<html><body><div>Date</div><div>to be announced</div>{body}</body></html>"#);
        assert_eq!(day(&html), None);
    }

    #[test]
    fn author_boxes_and_rating_widgets_are_furniture() {
        let body = "<p>The harbour authority closed the northern pier on Monday, after divers found cracks in \
                    the supports, and moved the ferries to the southern terminal for the winter.</p>\
                    <p>Repairs will start in spring, the authority said, once the budget is approved by the \
                    council, which meets again in March.</p>";
        for furniture in [
            r#"<div class="m-author__description"><p>Lena Faro writes about ports and shipping, and has done so, for the paper, since the year it was founded.</p></div>"#,
            r#"<div class="author-box"><p>Ana Ruiz is a reporter based on the island, covering transport, housing, and the council.</p></div>"#,
            r#"<div class="post-ratings"><p>Was this article useful? Rate it, and tell us what we should cover next.</p></div>"#,
            r#"<div class="jp-relatedposts"><p>Ferry fares rise again, as the operator blames fuel prices and the weather.</p></div>"#,
        ] {
            let p = page(&format!("<html><body><article>{body}{furniture}</article></body></html>"));
            assert!(p.text.contains("Repairs will start"), "{}", p.text);
            assert!(
                !p.text.contains("writes about")
                    && !p.text.contains("reporter based")
                    && !p.text.contains("Rate it")
                    && !p.text.contains("fares rise"),
                "{furniture}: {}",
                p.text
            );
        }
        // "author" alone (a byline's class) is not a box.
        let factor = |html: &str| {
            let d = dom::parse(html);
            let span = (0..d.nodes.len()).find(|&i| d.name(i) == "span").unwrap();
            noise_factor(&d, span)
        };
        assert_eq!(factor(r#"<span class="author">x</span>"#), 1.0);
        assert_eq!(factor(r#"<span class="author-bio">x</span>"#), 0.0);
    }

    #[test]
    fn ruby_readings_are_not_text() {
        let p = page(
            "<html><body><p><ruby>東京<rp>(</rp><rt>とうきょう</rt><rp>)</rp></ruby>で会議が開かれました。</p></body></html>",
        );
        assert_eq!(p.text, "東京で会議が開かれました。");
    }

    #[test]
    fn a_script_link_wrapping_paragraphs_is_not_a_link() {
        // A page whose whole body sits in a `javascript:` anchor keeps its text.
        let p = page(
            r#"<html><body><a href="JavaScript:void(0)"><p>First short line.</p><p>Second one.</p></a></body></html>"#,
        );
        assert_eq!(p.text, "First short line.\n\nSecond one.");
        // Script links that are buttons, or wrap only a spacer, are links as before.
        let body = "<p>The ferry company added two evening crossings, and the harbour stayed open late, for the \
                    festival weekend that fills the island.</p>";
        for furniture in [
            r#"<a href="javascript:history.back()">Back to the list</a>"#,
            r#"<a href="javascript:mail('x')"><div class="gap"> </div> <b>By:</b> Ana Ruiz</a>"#,
        ] {
            let p = page(&format!("<html><body><div>{body}{furniture}</div></body></html>"));
            assert!(!p.text.contains("Back") && !p.text.contains("By:"), "{furniture}: {}", p.text);
        }
    }

    #[test]
    fn no_date_is_invented() {
        let p = page(
            "<html><body><p>Copyright 2019. Some text that goes on for a while, with commas, and more.</p><script>x='2020-01-01'</script></body></html>",
        );
        assert_eq!(p.published, None);
    }

    #[test]
    fn dates_printed_under_the_title_or_in_attributes_are_read() {
        let day = |html: &str| page(html).published.map(|d| d.day());
        let body = "<p>The council met for hours and argued, at length, over the new budget for the harbour.</p>";
        // A label under the headline, in any of the page sets' languages.
        let html =
            format!("<html><body><h1>Budget passes</h1><div><span>10. September 2017</span></div>{body}</body></html>");
        assert_eq!(day(&html).as_deref(), Some("2017-09-10"));
        let html = format!("<html><body><h1>Budget passes</h1><small>Jan 18, 2019</small>{body}</body></html>");
        assert_eq!(day(&html).as_deref(), Some("2019-01-18"));
        // A revision date is not a publication date: one printed elsewhere wins; without one,
        // the revision date is the last resort.
        let revised = "<h1>Budget passes</h1><p><em>Last updated:</em> January 7, 2025</p>";
        let html = format!("<html><body>{revised}<div><span>03.01.2025</span></div>{body}</body></html>");
        assert_eq!(day(&html).as_deref(), Some("2025-01-03"));
        let html = format!("<html><body>{revised}{body}</body></html>");
        assert_eq!(day(&html).as_deref(), Some("2025-01-07"));
        // A date in a paragraph of the article is not a label.
        let long =
            "The council first met on 3 March 2015, and the budget it argued over has been late every year since.";
        let html = format!("<html><body><h1>Budget passes</h1><p>{long}</p></body></html>");
        assert_eq!(day(&html), None);
        // A date class with the date in an attribute (the hAtom microformat).
        let html = format!(
            r#"<html><body><abbr class="published" title="2013-04-04T18:52:11+00:00"></abbr>{body}</body></html>"#
        );
        assert_eq!(day(&html).as_deref(), Some("2013-04-04"));
        // The article's own URL outranks the first <time> of the page (a sidebar's).
        let html = format!(
            r#"<html><head><link rel="canonical" href="https://example.org/2019/10/22/budget"></head><body><aside><time datetime="2009-04-11">old</time></aside>{body}</body></html>"#
        );
        assert_eq!(day(&html).as_deref(), Some("2019-10-22"));
    }

    #[test]
    fn dates_in_urls_scripts_and_lone_labels_are_read() {
        let day = |html: &str| page(html).published.map(|d| d.day());
        let body = "<p>The council met for hours and argued, at length, over the new budget for the harbour.</p>";
        let canonical =
            |url: &str| format!(r#"<html><head><link rel="canonical" href="{url}"></head><body>{body}</body></html>"#);
        // A day first, with dashes or dots, or run together; a year before the web is no date.
        assert_eq!(day(&canonical("https://example.org/news/29-10-2021")).as_deref(), Some("2021-10-29"));
        assert_eq!(
            day(&canonical("https://example.org/artikel/bericht_vom_22.04.2020_x")).as_deref(),
            Some("2020-04-22")
        );
        assert_eq!(
            day(&canonical("https://example.org/reden/2003/03/20030331_rede.html")).as_deref(),
            Some("2003-03-31")
        );
        assert_eq!(day(&canonical("https://example.org/detail/~02-01-2022-land")).as_deref(), Some("2022-01-02"));
        // A section between the year and the month, or the month by name.
        assert_eq!(day(&canonical("https://example.org/2007/US/04/09/plant.fire/")).as_deref(), Some("2007-04-09"));
        assert_eq!(day(&canonical("https://example.org/world/2013/may/03/quake")).as_deref(), Some("2013-05-03"));
        assert_eq!(day(&canonical("https://example.org/2009/Sept/07/quake")).as_deref(), Some("2009-09-07"));
        assert_eq!(day(&canonical("https://example.org/stories/2013/38/hit-and-run")), None);
        assert_eq!(day(&canonical("https://example.org/item/19870213_x")), None);
        assert_eq!(day(&canonical("https://example.org/item/58354")), None);
        // A UTC time a day away from the URL's date: the URL's day is the newsroom's.
        let html = format!(
            r#"<html><head><link rel="canonical" href="https://example.org/2020/02/24/budget"><meta property="article:published_time" content="2020-02-25T02:25:54+00:00"></head><body>{body}</body></html>"#
        );
        assert_eq!(day(&html).as_deref(), Some("2020-02-24"));
        // A local time keeps its own day whatever the URL says.
        let html = format!(
            r#"<html><head><link rel="canonical" href="https://example.org/2020/02/18/budget"><meta property="article:published_time" content="2020-02-19T18:37:32+01:00"></head><body>{body}</body></html>"#
        );
        assert_eq!(day(&html).as_deref(), Some("2020-02-19"));
        // A European midnight stored in UTC is the next day; any other UTC time keeps its day.
        let stated = |t: &str| {
            format!(
                r#"<html><head><meta property="article:published_time" content="{t}"></head><body>{body}</body></html>"#
            )
        };
        assert_eq!(day(&stated("2021-11-04T23:00:00Z")).as_deref(), Some("2021-11-05"));
        assert_eq!(day(&stated("2021-11-04T23:17:00Z")).as_deref(), Some("2021-11-04"));
        // The same moment with the newsroom's offset elsewhere on the page gives its day; a
        // different moment (when the page was first made) does not.
        let both = |json: &str, meta: &str| {
            format!(
                r#"<html><head><script type="application/ld+json">{{"@type":"NewsArticle","datePublished":"{json}"}}</script><meta name="date" content="{meta}"></head><body>{body}</body></html>"#
            )
        };
        let p = page(&both("2019-10-18T22:04:00Z", "Sat, 19 Oct 2019 00:04:00 +0200"));
        assert_eq!(p.published.map(|d| d.to_string()).as_deref(), Some("2019-10-19T00:04:00+02:00"));
        assert_eq!(day(&both("2022-05-11T11:30:40Z", "2022-05-10T16:10:41-04:00")).as_deref(), Some("2022-05-11"));
        // A date printed under the title a day before a UTC time is the newsroom's day; the
        // same day keeps the stated time.
        let printed = |t: &str, shown: &str| {
            format!(
                r#"<html><head><meta property="article:published_time" content="{t}"></head><body><h1>Council passes the harbour budget</h1><p>{shown}</p>{body}</body></html>"#
            )
        };
        assert_eq!(day(&printed("2022-05-04T00:25:56Z", "3 May 2022")).as_deref(), Some("2022-05-03"));
        let p = page(&printed("2022-05-03T14:25:56Z", "3 May 2022"));
        assert_eq!(p.published.map(|d| d.to_string()).as_deref(), Some("2022-05-03T14:25:56Z"));
        // JSON-LD wrapped in CDATA is JSON-LD.
        let html = format!(
            r#"<html><head><script type="application/ld+json"> <![CDATA[ {{"@type":"NewsArticle","datePublished":"2024-12-06T20:00:40Z"}} ]]> </script><meta property="article:published_time" content="2024-12-07T12:43:39Z"></head><body>{body}</body></html>"#
        );
        assert_eq!(day(&html).as_deref(), Some("2024-12-06"));
        // A date that only a script states, under a key every CMS spells the same way.
        let html = format!(
            r#"<html><body><script>var product = {{"title":"Sidamo","published_at":"2019-03-02T06:22:28+01:00"}};</script>{body}</body></html>"#
        );
        assert_eq!(day(&html).as_deref(), Some("2019-03-02"));
        // Last, a date standing alone in an element, with at most a place or a time beside it.
        let lone = |label: &str| day(&format!("<html><body><div><span>{label}</span></div>{body}</body></html>"));
        assert_eq!(lone("06.12.2022").as_deref(), Some("2022-12-06"));
        assert_eq!(lone("Bonn, 11.10.2021").as_deref(), Some("2021-10-11"));
        assert_eq!(lone("01.11.2023 11:35").as_deref(), Some("2023-11-01"));
        assert_eq!(lone("Der Rat tagt am 11.10.2021 im Rathaus"), None);
        // A revision's date is no lone date: a page with one and a lone date takes the lone one.
        let both = "<div><span>Aktualisiert 11.10.2021</span></div><div><span>05.10.2021</span></div>";
        assert_eq!(day(&format!("<html><body>{both}{body}</body></html>")).as_deref(), Some("2021-10-05"));
        assert_eq!(day(&format!(r#"<html><body><a href="/old">06.12.2022</a>{body}</body></html>"#)), None);
        // A paragraph that opens with its date and a dash, as a dateline; a date inside one is not.
        let dateline = |p: &str| day(&format!("<html><body><p>{p}</p></body></html>"));
        assert_eq!(
            dateline("27.1.2022 - Bei der Erinnerung an die Verfolgten sprach die Präsidentin lange.").as_deref(),
            Some("2022-01-27")
        );
        assert_eq!(dateline("Bei der Erinnerung am 27.1.2022 sprach die Präsidentin lange und ausführlich."), None);
        // Letters of several bytes where the dateline's window ends are no place to cut.
        assert_eq!(dateline(&"ä".repeat(60)), None);
        assert_eq!(dateline(&format!("1.2.2022 - {}", "ü".repeat(60))).as_deref(), Some("2022-02-01"));
        // A printed revision date, last of all.
        let html = format!(
            r#"<html><body>{body}<p>BeginnersGuide (last edited 2019-11-10 13:28:18 by Ana)</p></body></html>"#
        );
        assert_eq!(day(&html).as_deref(), Some("2019-11-10"));
    }

    #[test]
    fn hostile_pages_do_not_panic() {
        let deep = "<div>".repeat(100_000) + "text" + &"</div>".repeat(10);
        let _ = page(&deep);
        let attr = format!("<p class=\"{}\">x</p>", "a".repeat(1_000_000));
        let _ = page(&attr);
        let _ = page("<<<>>><p <a href=\"\"\"><script>");
        let _ = page("<p>caf\u{e9} &amp; &#x1F600; &bogus; &#99999999;</p>");
    }
}
