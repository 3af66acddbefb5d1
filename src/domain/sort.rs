//! The one sort the app uses at run time: a stable insertion sort behind a `dyn` comparison.
//!
//! The standard library's sorts are fast on large inputs, but every call site with its own
//! element type and comparison closure gets its own copy of the whole algorithm: fourteen call
//! sites cost about 50 KB of wasm. The app only sorts short lists (a dozen platforms, a few
//! hundred search hits at most), where an insertion sort is as fast, and one copy per element
//! type is enough.

use std::cmp::Ordering;

/// Sorts `items` in place by `compare`, keeping equal items in their order.
pub fn sort_by<T>(items: &mut [T], compare: &dyn Fn(&T, &T) -> Ordering) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && compare(&items[j - 1], &items[j]) == Ordering::Greater {
            items.swap(j - 1, j);
            j -= 1;
        }
    }
}

/// Sorts `items` in place by their natural order.
pub fn sort<T: Ord>(items: &mut [T]) {
    sort_by(items, &T::cmp);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_like_the_standard_stable_sort() {
        let mut seed = 7_u64;
        for len in [0, 1, 2, 5, 17, 120] {
            let mut items: Vec<(u8, usize)> = (0..len)
                .map(|i| {
                    seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                    ((seed >> 59) as u8, i)
                })
                .collect();
            let mut expected = items.clone();
            expected.sort_by_key(|x| x.0);
            sort_by(&mut items, &|a, b| a.0.cmp(&b.0));
            assert_eq!(
                items, expected,
                "stable, like slice::sort_by_key ({len} items)"
            );
        }
        let mut words = vec!["pear", "apple", "fig"];
        sort(&mut words);
        assert_eq!(words, ["apple", "fig", "pear"]);
    }
}
