//! Near-duplicate detection: MinHash sketches of word 5-shingles, banded for LSH.
//!
//! Two articles are copies when most of the shorter one's shingles are in the longer one
//! (containment ≥ [`COPY_CONTAINMENT`]): a wire story with a new intro, a different headline or a
//! trailing promo stays a copy; an article that only quotes another does not.

use xxhash_rust::xxh3::xxh3_64_with_seed;

/// Hash functions per sketch.
pub const N_HASHES: usize = 64;
/// LSH bands (of `N_HASHES / N_BANDS` rows): pairs with Jaccard similarity ≥ about 0.5 collide.
pub const N_BANDS: usize = 16;
const ROWS: usize = N_HASHES / N_BANDS;
/// The share of the shorter article's shingles the longer must hold for a copy.
pub const COPY_CONTAINMENT: f32 = 0.8;

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
        let mut shingles: Vec<u64> = if words.len() < 5 {
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
        self.minhash.chunks(ROWS).enumerate().map(|(band, rows)| {
            let mut bytes = Vec::with_capacity(8 * ROWS);
            rows.iter().for_each(|r| bytes.extend_from_slice(&r.to_le_bytes()));
            xxh3_64_with_seed(&bytes, band as u64)
        })
    }

    /// Estimated Jaccard similarity of the two shingle sets.
    pub fn jaccard(&self, other: &Sketch) -> f32 {
        let same = self.minhash.iter().zip(&other.minhash).filter(|(a, b)| a == b).count();
        same as f32 / N_HASHES as f32
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
        assert!(a.containment(&b) >= COPY_CONTAINMENT, "{}", a.containment(&b));
        assert!(a.bands().zip(b.bands()).any(|(x, y)| x == y));
    }

    #[test]
    fn a_different_article_on_the_same_subject_is_not() {
        let other = "Repairs to the northern pier began on Monday, weeks after the harbour authority \
            closed it. Divers inspected the supports while ferries used the southern terminal; the \
            mayor said the city would ask the region to share the cost of the works.";
        assert!(Sketch::of(STORY).containment(&Sketch::of(other)) < 0.3);
    }

    #[test]
    fn identical_texts_have_identical_sketches() {
        assert_eq!(Sketch::of(STORY), Sketch::of(STORY));
        assert_eq!(Sketch::of(STORY).jaccard(&Sketch::of(STORY)), 1.0);
    }
}
