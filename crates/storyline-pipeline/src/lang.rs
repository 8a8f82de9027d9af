//! Language of a body, as an ISO 639-1 code, when the input did not state one.

/// Detects the language of `text` from its first few thousand characters; `None` when unsure.
pub fn detect(text: &str) -> Option<String> {
    let info = whatlang::detect(head(text))?;
    if !info.is_reliable() && info.confidence() < 0.2 {
        return None;
    }
    if info.lang() != whatlang::Lang::Eng && reads_as_english(text) {
        return Some("en".to_string());
    }
    Some(iso639_1(info.lang().code()).to_string())
}

/// Whether `text` reads as English whatever a detector said: one word in twenty or more is an
/// English function word that other European languages do not share ("the", "and", "said").
/// Wire tables and shouted headlines fool trigram detectors; this keeps their facts.
pub(crate) fn reads_as_english(text: &str) -> bool {
    const WORDS: &[&str] = &[
        "the", "and", "of", "to", "that", "with", "was", "said", "says", "for", "from", "by", "has", "have", "is",
        "it", // Wire copy's tables: "Shr 40 cts vs 47 cts", "Net 8.2 mln dlrs".
        "vs", "cts", "dlrs", "mln", "pct", "shr",
    ];
    let (mut words, mut english) = (0usize, 0usize);
    for word in head(text).split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()) {
        words += 1;
        english += usize::from(WORDS.iter().any(|w| w.eq_ignore_ascii_case(word)));
    }
    english * 20 >= words.max(1)
}

/// The first few thousand bytes of `text`, where its language shows.
fn head(text: &str) -> &str {
    &text[..text.floor_char_boundary(text.len().min(4000))]
}

/// whatlang speaks ISO 639-3; users and HTML speak 639-1 where it exists.
fn iso639_1(code: &str) -> &str {
    match code {
        "eng" => "en",
        "fra" => "fr",
        "deu" => "de",
        "spa" => "es",
        "ita" => "it",
        "por" => "pt",
        "rus" => "ru",
        "ukr" => "uk",
        "pol" => "pl",
        "nld" => "nl",
        "swe" => "sv",
        "dan" => "da",
        "nob" => "no",
        "fin" => "fi",
        "ces" => "cs",
        "slk" => "sk",
        "hun" => "hu",
        "ron" => "ro",
        "bul" => "bg",
        "hrv" => "hr",
        "srp" => "sr",
        "slv" => "sl",
        "ell" => "el",
        "tur" => "tr",
        "ara" => "ar",
        "heb" => "he",
        "pes" => "fa",
        "urd" => "ur",
        "hin" => "hi",
        "ben" => "bn",
        "cmn" => "zh",
        "jpn" => "ja",
        "kor" => "ko",
        "vie" => "vi",
        "tha" => "th",
        "ind" => "id",
        "lit" => "lt",
        "lav" => "lv",
        "est" => "et",
        "cat" => "ca",
        "epo" => "eo",
        "afr" => "af",
        "tam" => "ta",
        "tel" => "te",
        "mar" => "mr",
        "guj" => "gu",
        "pan" => "pa",
        "kan" => "kn",
        "mal" => "ml",
        "nep" => "ne",
        "sin" => "si",
        "mya" => "my",
        "khm" => "km",
        "amh" => "am",
        "kat" => "ka",
        "aze" => "az",
        "bel" => "be",
        "mkd" => "mk",
        "uzb" => "uz",
        "yid" => "yi",
        "zul" => "zu",
        "sna" => "sn",
        "aka" => "ak",
        "jav" => "jv",
        "lat" => "la",
        "tgl" => "tl",
        "hye" => "hy",
        "ori" => "or",
        other => other,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn detects_common_languages() {
        assert_eq!(
            super::detect("The council voted on Tuesday to close the old library and build a new one by the river.")
                .as_deref(),
            Some("en")
        );
        assert_eq!(
            super::detect("Le conseil municipal a voté mardi la fermeture de l'ancienne bibliothèque.").as_deref(),
            Some("fr")
        );
        assert_eq!(super::detect(""), None);
    }
}
