//! Near-duplicate detection: MinHash sketches of word 5-shingles, banded for LSH.
//!
//! Two articles are copies when most of the shorter one's shingles are in the longer one
//! (containment ≥ [`COPY_CONTAINMENT`]) and the shorter is not a small part of the longer
//! ([`COPY_LENGTH_RATIO`]): a wire story with a new intro, a different headline or a trailing
//! promo, or cut short, stays a copy; an article that only quotes another does not, nor does a
//! digest that strings several stories together. `bench/dedup.sh` measures it against exact
//! containment.

use xxhash_rust::xxh3::xxh3_64_with_seed;

/// Hash functions per sketch. Stores made before 2026-12-03 hold 64; the first 64 functions are
/// the same, so such sketches still compare (over the hashes both have) and band alike.
pub const N_HASHES: usize = 128;
/// The hash functions the LSH bands read.
const BANDED: usize = 64;
/// LSH bands of `BANDED / N_BANDS` (2) rows. A copy is a matter of containment, not Jaccard
/// similarity: a wire story inside an article twice its length has a Jaccard similarity of 0.5
/// to it, inside one three times its length 0.33. Two-row bands make pairs collide with
/// probability 0.975 at Jaccard 0.33 and 0.9999 at 0.5 (16 four-row bands: 0.17 and 0.64);
/// unrelated articles share almost no 5-shingles, so the extra candidates cost little.
pub const N_BANDS: usize = 32;
const ROWS: usize = BANDED / N_BANDS;
/// The share of the shorter article's shingles the longer must hold for a copy.
pub const COPY_CONTAINMENT: f32 = 0.8;
/// The least share of the longer article's length the shorter must have for a copy. A page that
/// strings several stories together (a digest, a live page) holds each of them whole, but is a
/// copy of none: without this, each story would be a copy of the digest, and through it of one
/// another.
pub const COPY_LENGTH_RATIO: f32 = 0.3;

/// A MinHash sketch of an article's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sketch {
    /// Distinct shingles in the text.
    pub n_shingles: u32,
    /// Minimum of each hash function over the shingles.
    pub minhash: Vec<u64>,
}

impl Sketch {
    /// The sketch of `text` (lower-cased words, 5 at a time).
    pub fn of(text: &str) -> Sketch {
        let words: Vec<String> =
            text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect();
        // No words, no shingles: an empty text is a copy of nothing (its sketch matches no other).
        let mut shingles: Vec<u64> = if words.is_empty() {
            Vec::new()
        } else if words.len() < 5 {
            vec![xxh3_64_with_seed(words.join(" ").as_bytes(), 0)]
        } else {
            words.windows(5).map(|w| xxh3_64_with_seed(w.join(" ").as_bytes(), 0)).collect()
        };
        shingles.sort_unstable();
        shingles.dedup();
        let mut minhash = vec![u64::MAX; N_HASHES];
        for s in &shingles {
            for (i, m) in minhash.iter_mut().enumerate() {
                // One multiply-xorshift per hash function, seeded by its index.
                let h = mix(s ^ SEEDS[i]);
                if h < *m {
                    *m = h;
                }
            }
        }
        Sketch { n_shingles: shingles.len() as u32, minhash }
    }

    /// The LSH keys of the sketch, one per band.
    pub fn bands(&self) -> impl Iterator<Item = u64> + '_ {
        self.minhash[..BANDED.min(self.minhash.len())].chunks(ROWS).enumerate().map(|(band, rows)| {
            let mut bytes = Vec::with_capacity(8 * ROWS);
            rows.iter().for_each(|r| bytes.extend_from_slice(&r.to_le_bytes()));
            xxh3_64_with_seed(&bytes, band as u64)
        })
    }

    /// Estimated Jaccard similarity of the two shingle sets.
    pub fn jaccard(&self, other: &Sketch) -> f32 {
        let n = self.minhash.len().min(other.minhash.len());
        if n == 0 {
            return 0.0;
        }
        let same = self.minhash.iter().zip(&other.minhash).filter(|(a, b)| a == b).count();
        same as f32 / n as f32
    }

    /// The containment when the two are copies of one another: most of the shorter in the longer
    /// ([`COPY_CONTAINMENT`]), and the shorter not a small part of it ([`COPY_LENGTH_RATIO`]).
    pub fn copy_of(&self, other: &Sketch) -> Option<f32> {
        let (a, b) = (self.n_shingles as f32, other.n_shingles as f32);
        if a.min(b) < COPY_LENGTH_RATIO * a.max(b) {
            return None;
        }
        Some(self.containment(other)).filter(|&c| c >= COPY_CONTAINMENT)
    }

    /// Estimated share of the smaller set that lies in the other.
    pub fn containment(&self, other: &Sketch) -> f32 {
        let j = self.jaccard(other);
        let (a, b) = (self.n_shingles as f32, other.n_shingles as f32);
        if a == 0.0 || b == 0.0 {
            return 0.0;
        }
        let shared = j * (a + b) / (1.0 + j);
        (shared / a.min(b)).min(1.0)
    }
}

fn mix(mut x: u64) -> u64 {
    x ^= x >> 33;
    x = x.wrapping_mul(0xff51_afd7_ed55_8ccd);
    x ^= x >> 33;
    x = x.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    x ^ (x >> 33)
}

const SEEDS: [u64; N_HASHES] = {
    let mut seeds = [0u64; N_HASHES];
    let mut i = 0;
    let mut state = 0x9e37_79b9_7f4a_7c15u64;
    while i < N_HASHES {
        state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = state;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        seeds[i] = z ^ (z >> 31);
        i += 1;
    }
    seeds
};

#[cfg(test)]
mod tests {
    use super::*;

    const STORY: &str = "The harbour authority said on Tuesday that the northern pier will close for six \
        months of repairs after inspectors found cracks in its supports. Ferries will use the southern \
        terminal, and the authority promised extra buses for passengers during the works, which are \
        expected to cost about four million euros and to finish before the summer season begins.";

    #[test]
    fn a_copy_with_a_new_intro_and_a_promo_is_a_copy() {
        let copy = format!("Ferry users face months of change. {STORY} Also Read | Ten best beaches of the coast");
        let (a, b) = (Sketch::of(STORY), Sketch::of(&copy));
        assert!(a.copy_of(&b).is_some(), "{}", a.containment(&b));
        assert!(a.bands().zip(b.bands()).any(|(x, y)| x == y));
    }

    #[test]
    fn a_different_article_on_the_same_subject_is_not() {
        let other = "Repairs to the northern pier began on Monday, weeks after the harbour authority \
            closed it. Divers inspected the supports while ferries used the southern terminal; the \
            mayor said the city would ask the region to share the cost of the works.";
        assert!(Sketch::of(STORY).containment(&Sketch::of(other)) < 0.3);
    }

    /// `n` words of a made-up text, different for each `seed`.
    fn words(seed: u64, n: usize) -> String {
        const VOCABULARY: [&str; 16] = [
            "harbour", "council", "ferry", "budget", "pier", "repairs", "mayor", "divers", "winter", "terminal",
            "supports", "region", "buses", "season", "cracks", "tender",
        ];
        (0..n as u64).map(|i| VOCABULARY[(mix(seed * 1000 + i) % 16) as usize]).collect::<Vec<_>>().join(" ")
    }

    #[test]
    fn shortened_versions_and_stories_inside_long_intros_are_found() {
        // Half the story (Jaccard 0.5), or the story after an intro twice its length (Jaccard
        // 0.33): every one of twenty must share a band with its original, and count as a copy.
        for seed in 0..20 {
            let story = words(seed, 200);
            let half: String = story.split(' ').take(100).collect::<Vec<_>>().join(" ");
            let long_intro = format!("{} {story}", words(seed + 100, 400));
            for version in [half, long_intro] {
                let (a, b) = (Sketch::of(&story), Sketch::of(&version));
                assert!(a.bands().zip(b.bands()).any(|(x, y)| x == y), "seed {seed}: no shared band");
                assert!(a.copy_of(&b).is_some(), "seed {seed}: {}", a.containment(&b));
            }
        }
    }

    #[test]
    fn a_digest_of_several_stories_is_a_copy_of_none() {
        // Each story is whole in the digest, but a fifth of it.
        let stories: Vec<String> = (0..5).map(|seed| words(seed, 120)).collect();
        let digest = Sketch::of(&stories.join(" "));
        for story in &stories {
            let story = Sketch::of(story);
            assert!(story.containment(&digest) >= COPY_CONTAINMENT);
            assert_eq!(story.copy_of(&digest), None);
        }
    }

    #[test]
    fn sketches_of_older_stores_still_compare() {
        // Stores made before 2026-12-03 kept 64 hashes: the first 64 of today's.
        let copy = format!("Ferry users face months of change. {STORY}");
        let mut old = Sketch::of(STORY);
        old.minhash.truncate(64);
        let new = Sketch::of(&copy);
        assert_eq!(old.bands().collect::<Vec<_>>(), Sketch::of(STORY).bands().collect::<Vec<_>>());
        assert!(old.bands().zip(new.bands()).any(|(x, y)| x == y));
        assert!(old.copy_of(&new).is_some() && new.copy_of(&old).is_some());
    }

    #[test]
    fn empty_texts_copy_nothing() {
        let empty = Sketch::of(" … ");
        assert_eq!(empty.n_shingles, 0);
        assert_eq!(empty.copy_of(&Sketch::of("")), None);
        assert_eq!(empty.copy_of(&Sketch::of(STORY)), None);
    }

    #[test]
    fn identical_texts_have_identical_sketches() {
        assert_eq!(Sketch::of(STORY), Sketch::of(STORY));
        assert_eq!(Sketch::of(STORY).jaccard(&Sketch::of(STORY)), 1.0);
    }
}
