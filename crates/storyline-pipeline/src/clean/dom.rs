//! A small, forgiving HTML parser: a tokenizer and a tree builder with the HTML5 rules that matter
//! for reading articles (void elements, raw-text elements, implied end tags, mis-nested and stray
//! end tags). It does not build a spec-complete tree; it builds one in which an unclosed `<div>` or
//! a stray `</span>` never swallows the rest of the page, which is where generic fast parsers
//! fail on real news pages. Linear time, bounded depth, no recursion.

use std::borrow::Cow;

/// Index of a node in [`Dom::nodes`].
pub type NodeId = usize;

/// A parsed document: node 0 is the root.
#[derive(Debug)]
pub struct Dom<'a> {
    /// All nodes; children refer to them by index.
    pub nodes: Vec<Node<'a>>,
    /// The contents of `<script type="application/ld+json">` elements.
    pub json_ld: Vec<String>,
}

/// One node.
#[derive(Debug)]
pub struct Node<'a> {
    /// Element or text.
    pub data: NodeData<'a>,
    /// Parent (the root is its own parent).
    pub parent: NodeId,
    /// Children in document order.
    pub children: Vec<NodeId>,
}

/// What a node holds.
#[derive(Debug)]
pub enum NodeData<'a> {
    /// An element: lower-case name and the attributes the extractor reads (names lower case,
    /// values decoded). Text borrows from the page unless decoding changed it.
    Element {
        /// Tag name, lower case.
        name: Cow<'a, str>,
        /// Attributes in source order.
        attrs: Vec<(Cow<'a, str>, Cow<'a, str>)>,
    },
    /// Text, entities decoded.
    Text(Cow<'a, str>),
}

/// Attributes kept; the rest (long `src`, `srcset`, `data-*` blobs) are skipped without copying.
const KEPT_ATTRS: &[&str] = &[
    "class",
    "id",
    "role",
    "itemprop",
    "style",
    "hidden",
    "aria-hidden",
    "property",
    "name",
    "content",
    "rel",
    "href",
    "lang",
    "datetime",
    "title",
    "type",
    "charset",
];

fn lower(s: &str) -> Cow<'_, str> {
    if s.bytes().any(|b| b.is_ascii_uppercase()) { Cow::Owned(s.to_ascii_lowercase()) } else { Cow::Borrowed(s) }
}

impl<'a> Dom<'a> {
    /// The element name of `id`, or "" for text.
    pub fn name(&self, id: NodeId) -> &str {
        match &self.nodes[id].data {
            NodeData::Element { name, .. } => name,
            NodeData::Text(_) => "",
        }
    }

    /// An attribute of element `id`.
    pub fn attr(&self, id: NodeId, key: &str) -> Option<&str> {
        match &self.nodes[id].data {
            NodeData::Element { attrs, .. } => attrs.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_ref()),
            NodeData::Text(_) => None,
        }
    }

    /// The text under `id` if it has at most `max_bytes` bytes; stops early otherwise.
    pub fn short_text(&self, id: NodeId, max_bytes: usize) -> Option<String> {
        let mut out = String::new();
        let mut stack = vec![id];
        while let Some(n) = stack.pop() {
            match &self.nodes[n].data {
                NodeData::Text(t) => {
                    // Text of separate elements stays separate ("28.09.19" "12:44").
                    if !out.is_empty() {
                        out.push(' ');
                    }
                    out.push_str(t);
                    if out.len() > max_bytes * 4 {
                        return None;
                    }
                }
                NodeData::Element { .. } => stack.extend(self.nodes[n].children.iter().rev()),
            }
        }
        let out = out.split_whitespace().collect::<Vec<_>>().join(" ");
        (!out.is_empty() && out.len() <= max_bytes).then_some(out)
    }

    /// Whether any text under `id` is more than white space (stops at the first that is).
    pub fn has_text(&self, id: NodeId) -> bool {
        let mut stack = vec![id];
        while let Some(n) = stack.pop() {
            match &self.nodes[n].data {
                NodeData::Text(t) if !t.trim().is_empty() => return true,
                NodeData::Text(_) => {}
                NodeData::Element { .. } => stack.extend(self.nodes[n].children.iter()),
            }
        }
        false
    }

    /// All text under `id`, concatenated.
    pub fn text_of(&self, id: NodeId) -> String {
        let mut out = String::new();
        let mut stack = vec![id];
        while let Some(n) = stack.pop() {
            match &self.nodes[n].data {
                NodeData::Text(t) => out.push_str(t),
                NodeData::Element { .. } => stack.extend(self.nodes[n].children.iter().rev()),
            }
        }
        out
    }
}

const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
    "keygen", "basefont", "bgsound", "frame", "isindex",
];

/// Elements whose content is raw text up to their end tag. (`noscript` is parsed as markup, as a
/// browser without scripts does: some sites print the article there and in a script template.)
const RAW_TEXT: &[&str] = &["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "template"];

/// Starting one of these closes an open `<p>`.
const CLOSES_P: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "details",
    "div",
    "dl",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "main",
    "menu",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "table",
    "ul",
    "li",
    "dd",
    "dt",
];

/// An end tag looks for its element no further down the stack than these (a `</div>` inside a
/// table cell does not close the cell's ancestors).
const SCOPE: &[&str] = &["html", "body", "table", "td", "th", "template", "caption", "object", "marquee", "applet"];

/// Deepest nesting built; deeper start tags are ignored (their text is kept).
const MAX_DEPTH: usize = 512;

/// Parses a page. Never fails.
pub fn parse(html: &str) -> Dom<'_> {
    // Where the page's last `</noscript` starts, found once when a `noscript` first opens.
    let mut last_noscript_end: Option<usize> = None;
    let mut b = Builder {
        dom: Dom {
            nodes: vec![Node {
                data: NodeData::Element { name: Cow::Borrowed("#root"), attrs: vec![] },
                parent: 0,
                children: vec![],
            }],
            json_ld: vec![],
        },
        stack: vec![0],
    };
    let bytes = html.as_bytes();
    let lower_at = |i: usize, s: &[u8]| bytes.len() >= i + s.len() && bytes[i..i + s.len()].eq_ignore_ascii_case(s);
    let mut i = 0;
    let mut text_start = 0;
    while i < bytes.len() {
        let Some(off) = memchr(b'<', &bytes[i..]) else { break };
        let lt = i + off;
        let next = bytes.get(lt + 1).copied().unwrap_or(b' ');
        if lower_at(lt, b"<!--") {
            b.text(&html[text_start..lt]);
            let end = find(&bytes[lt + 4..], b"-->").map_or(bytes.len(), |e| lt + 4 + e + 3);
            i = end;
            text_start = end;
        } else if next == b'!' || next == b'?' {
            b.text(&html[text_start..lt]);
            let end = memchr(b'>', &bytes[lt..]).map_or(bytes.len(), |e| lt + e + 1);
            i = end;
            text_start = end;
        } else if next == b'/' && bytes.get(lt + 2).is_some_and(u8::is_ascii_alphabetic) {
            b.text(&html[text_start..lt]);
            let name_end = tag_name_end(bytes, lt + 2);
            let name = lower(&html[lt + 2..name_end]);
            let end = memchr(b'>', &bytes[name_end..]).map_or(bytes.len(), |e| name_end + e + 1);
            b.end(&name);
            i = end;
            text_start = end;
        } else if next.is_ascii_alphabetic() {
            b.text(&html[text_start..lt]);
            let (tag, end) = start_tag(html, lt + 1);
            i = end;
            text_start = end;
            let close = format!("</{}", tag.name);
            // Raw text runs to the matching end tag. A self-closed one (an SVG's `<title/>`) or
            // one never closed holds nothing: it must not swallow the rest of the page.
            let raw_end = if RAW_TEXT.contains(&tag.name.as_ref()) && !tag.self_closing {
                find_ci(&bytes[end..], close.as_bytes()).map(|e| end + e)
            } else {
                None
            };
            if let Some(content_end) = raw_end {
                let after = memchr(b'>', &bytes[content_end..]).map_or(bytes.len(), |e| content_end + e + 1);
                let content = &html[end..content_end];
                match tag.name.as_ref() {
                    "title" => {
                        let id = b.start(tag.name, tag.attrs);
                        b.text_into(id, content);
                        b.end("title");
                    }
                    "script" if tag.attrs.iter().any(|(k, v)| k == "type" && v.contains("ld+json")) => {
                        b.dom.json_ld.push(content.to_string());
                    }
                    _ => {}
                }
                i = after;
                text_start = after;
            } else {
                let self_closing = tag.self_closing;
                let name = tag.name.clone();
                // (A `noscript` never closed holds nothing, as a raw-text element never closed
                // does: it must not take the rest of the page with it.)
                let unclosed = name == "noscript"
                    && end
                        > *last_noscript_end.get_or_insert_with(|| {
                            bytes.windows(10).rposition(|w| w.eq_ignore_ascii_case(b"</noscript")).unwrap_or(0)
                        });
                b.start(tag.name, tag.attrs);
                if self_closing || unclosed || VOID.contains(&name.as_ref()) || RAW_TEXT.contains(&name.as_ref()) {
                    b.end(&name);
                }
            }
        } else {
            i = lt + 1;
        }
    }
    b.text(&html[text_start.min(html.len())..]);
    b.dom
}

struct StartTag<'a> {
    name: Cow<'a, str>,
    attrs: Vec<(Cow<'a, str>, Cow<'a, str>)>,
    self_closing: bool,
}

fn tag_name_end(bytes: &[u8], from: usize) -> usize {
    let mut j = from;
    while j < bytes.len() && !bytes[j].is_ascii_whitespace() && bytes[j] != b'>' && bytes[j] != b'/' {
        j += 1;
    }
    j
}

/// Reads a start tag whose name begins at `from`; returns it and the index after its `>`.
fn start_tag(html: &str, from: usize) -> (StartTag<'_>, usize) {
    let bytes = html.as_bytes();
    let name_end = tag_name_end(bytes, from);
    let name = lower(&html[from..name_end]);
    let mut attrs = Vec::new();
    let mut j = name_end;
    let mut self_closing = false;
    loop {
        while j < bytes.len()
            && (bytes[j].is_ascii_whitespace() || (bytes[j] == b'/' && bytes.get(j + 1) != Some(&b'>')))
        {
            j += 1;
        }
        if j >= bytes.len() {
            break;
        }
        if bytes[j] == b'>' {
            j += 1;
            break;
        }
        if bytes[j] == b'/' {
            self_closing = true;
            j += 2;
            break;
        }
        let key_start = j;
        while j < bytes.len() && !bytes[j].is_ascii_whitespace() && !matches!(bytes[j], b'=' | b'>' | b'/') {
            j += 1;
        }
        if j == key_start {
            j += 1;
            continue;
        }
        let key = &html[key_start..j];
        while j < bytes.len() && bytes[j].is_ascii_whitespace() {
            j += 1;
        }
        let mut value = "";
        if j < bytes.len() && bytes[j] == b'=' {
            j += 1;
            while j < bytes.len() && bytes[j].is_ascii_whitespace() {
                j += 1;
            }
            if j < bytes.len() && (bytes[j] == b'"' || bytes[j] == b'\'') {
                let quote = bytes[j];
                let v_start = j + 1;
                let v_end = memchr(quote, &bytes[v_start..]).map_or(bytes.len(), |e| v_start + e);
                value = &html[v_start..v_end];
                j = (v_end + 1).min(bytes.len());
            } else {
                let v_start = j;
                while j < bytes.len() && !bytes[j].is_ascii_whitespace() && bytes[j] != b'>' {
                    j += 1;
                }
                value = &html[v_start..j];
            }
        }
        let key = lower(key);
        if attrs.len() < 64 && value.len() < 4096 && KEPT_ATTRS.contains(&key.as_ref()) {
            attrs.push((key, decode(value)));
        }
    }
    (StartTag { name, attrs, self_closing }, j.min(bytes.len()))
}

fn decode(s: &str) -> Cow<'_, str> {
    if s.contains('&') { html_escape::decode_html_entities(s) } else { Cow::Borrowed(s) }
}

struct Builder<'a> {
    dom: Dom<'a>,
    stack: Vec<NodeId>,
}

impl<'a> Builder<'a> {
    fn current(&self) -> NodeId {
        *self.stack.last().unwrap_or(&0)
    }

    fn text(&mut self, raw: &'a str) {
        if raw.is_empty() {
            return;
        }
        let parent = self.current();
        self.text_into(parent, raw);
    }

    fn text_into(&mut self, parent: NodeId, raw: &'a str) {
        let text = decode(raw);
        // Merge with a preceding text sibling (text split by a skipped comment or script).
        if let Some(&last) = self.dom.nodes[parent].children.last()
            && let NodeData::Text(prev) = &mut self.dom.nodes[last].data
        {
            prev.to_mut().push_str(&text);
            return;
        }
        let id = self.dom.nodes.len();
        self.dom.nodes.push(Node { data: NodeData::Text(text), parent, children: vec![] });
        self.dom.nodes[parent].children.push(id);
    }

    fn open_index(&self, name: &str, scoped: bool) -> Option<usize> {
        for (idx, &id) in self.stack.iter().enumerate().rev() {
            let open = self.dom.name(id);
            if open == name {
                return Some(idx);
            }
            if scoped && SCOPE.contains(&open) {
                return None;
            }
        }
        None
    }

    fn start(&mut self, name: Cow<'a, str>, attrs: Vec<(Cow<'a, str>, Cow<'a, str>)>) -> NodeId {
        // Implied end tags.
        if CLOSES_P.contains(&name.as_ref())
            && let Some(idx) = self.open_index("p", true)
        {
            self.stack.truncate(idx);
        }
        let closes: &[&str] = match name.as_ref() {
            "li" => &["li"],
            "dd" | "dt" => &["dd", "dt"],
            "td" | "th" => &["td", "th"],
            "tr" => &["tr", "td", "th"],
            "option" => &["option"],
            "body" => &["head"],
            _ => &[],
        };
        for close in closes {
            if let Some(idx) = self.open_index(close, true) {
                self.stack.truncate(idx);
            }
        }
        let parent = self.current();
        let id = self.dom.nodes.len();
        self.dom.nodes.push(Node { data: NodeData::Element { name, attrs }, parent, children: vec![] });
        self.dom.nodes[parent].children.push(id);
        if self.stack.len() < MAX_DEPTH {
            self.stack.push(id);
        }
        id
    }

    fn end(&mut self, name: &str) {
        // Close the nearest open element of that name within scope; a stray end tag is ignored.
        let scoped = !matches!(name, "table" | "body" | "html");
        if let Some(idx) = self.open_index(name, scoped)
            && idx > 0
        {
            self.stack.truncate(idx);
        }
    }
}

fn memchr(needle: u8, haystack: &[u8]) -> Option<usize> {
    haystack.iter().position(|b| *b == needle)
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

fn find_ci(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    let first = needle[0].to_ascii_lowercase();
    let mut i = 0;
    while let Some(off) = haystack[i..].iter().position(|b| b.to_ascii_lowercase() == first) {
        let at = i + off;
        if haystack.len() >= at + needle.len() && haystack[at..at + needle.len()].eq_ignore_ascii_case(needle) {
            return Some(at);
        }
        i = at + 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn outline(dom: &Dom, id: NodeId, out: &mut String) {
        match &dom.nodes[id].data {
            NodeData::Text(t) => out.push_str(t.trim()),
            NodeData::Element { name, .. } => {
                out.push_str(&format!("<{name}>"));
                for &c in &dom.nodes[id].children {
                    outline(dom, c, out);
                }
                out.push_str(&format!("</{name}>"));
            }
        }
    }

    fn check(html: &str, expected: &str) {
        let dom = parse(html);
        let mut out = String::new();
        for &c in &dom.nodes[0].children {
            outline(&dom, c, &mut out);
        }
        assert_eq!(out, expected, "input {html:?}");
    }

    #[test]
    fn tree_building_rules() {
        check("<p>a<p>b", "<p>a</p><p>b</p>");
        check("<ul><li>a<li>b</ul>c", "<ul><li>a</li><li>b</li></ul>c");
        check("<div><span>a</div>b", "<div><span>a</span></div>b");
        check("<div>a</span>b</div>", "<div>ab</div>");
        check("<p>a<div>b</div>", "<p>a</p><div>b</div>");
        check("<br>a<img src=x>b<hr/>c", "<br></br>a<img></img>b<hr></hr>c");
        check("<script>if (a<b) document.write('<div>')</script><p>x</p>", "<p>x</p>");
        check("<title>A &amp; B</title>", "<title>A & B</title>");
        check("<!-- <p>gone</p> --><p>kept</p>", "<p>kept</p>");
        check("<table><tr><td><div>a</td><td>b</table>c", "<table><tr><td><div>a</div></td><td>b</td></tr></table>c");
        check("a < b and 3<4", "a < b and 3<4");
        check("<head><title>t</title><body><p>x", "<head><title>t</title></head><body><p>x</p></body>");
        // An SVG's self-closed title, or a title never closed, does not swallow the page.
        check("<p>a<svg><title/></svg></p><p>b</p>", "<p>a<svg><title></title></svg></p><p>b</p>");
        check("<div><title>x<p>b</p></div>", "<div><title></title>x<p>b</p></div>");
    }

    #[test]
    fn attributes_and_json_ld() {
        let dom = parse(
            r#"<a href="/x?a=1&amp;b=2" ID='q' hidden class=c1 data-blob="skipped">t</a><script type="application/ld+json">{"a":1}</script>"#,
        );
        assert_eq!(dom.attr(1, "href"), Some("/x?a=1&b=2"));
        assert_eq!(dom.attr(1, "id"), Some("q"));
        assert_eq!(dom.attr(1, "hidden"), Some(""));
        assert_eq!(dom.attr(1, "data-blob"), None);
        assert_eq!(dom.attr(1, "class"), Some("c1"));
        assert_eq!(dom.json_ld, [r#"{"a":1}"#]);
    }
}
