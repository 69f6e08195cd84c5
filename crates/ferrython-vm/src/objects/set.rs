//! `set` and `frozenset` storage: a dict table whose values are unused.
//! CPython: Objects/setobject.c.
//!
//! Storage keeps insertion order, but sets *iterate* (and print) in the order
//! CPython's open-addressing table would hold them: [`table_order`] replays the
//! insertions into a simulated CPython table (size 8, growing at 3/5 full to
//! 4x the used count, linear probes then perturbed jumps). Sets built by plain
//! insertions match CPython exactly; after deletions CPython's dummy slots can make
//! the two differ.

pub type SetData = super::dict::DictData;

const MIN_SIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

/// Places `hash` in `table` (slots hold entry indices) as set_insert_clean does.
fn insert_clean(table: &mut [Option<(usize, u64)>], idx: usize, hash: u64) {
    let mask = table.len() - 1;
    let mut perturb = hash;
    let mut i = (hash as usize) & mask;
    loop {
        if table[i].is_none() {
            table[i] = Some((idx, hash));
            return;
        }
        if i + LINEAR_PROBES <= mask {
            for j in 1..=LINEAR_PROBES {
                if table[i + j].is_none() {
                    table[i + j] = Some((idx, hash));
                    return;
                }
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
    }
}

/// Entry indices of `data` in CPython's iteration order.
pub fn table_order(data: &SetData) -> Vec<usize> {
    let live = data.live_hashes();
    let mut table: Vec<Option<(usize, u64)>> = vec![None; MIN_SIZE];
    let mut used = 0usize;
    for (idx, h) in live {
        insert_clean(&mut table, idx, h as u64);
        used += 1;
        let mask = table.len() - 1;
        if used * 5 >= mask * 3 {
            let minused = if used > 50000 { used * 2 } else { used * 4 };
            let mut newsize = MIN_SIZE;
            while newsize <= minused {
                newsize <<= 1;
            }
            let old = std::mem::replace(&mut table, vec![None; newsize]);
            for (i, h) in old.into_iter().flatten() {
                insert_clean(&mut table, i, h);
            }
        }
    }
    table.into_iter().flatten().map(|(i, _)| i).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn order_of(hashes: &[i64]) -> Vec<i64> {
        // Simulate without a VM: build the table directly.
        let mut table: Vec<Option<(usize, u64)>> = vec![None; MIN_SIZE];
        for (i, h) in hashes.iter().enumerate() {
            insert_clean(&mut table, i, *h as u64);
        }
        table.into_iter().flatten().map(|(i, _)| hashes[i]).collect()
    }

    #[test]
    fn small_ints_come_out_by_slot() {
        assert_eq!(order_of(&[3, 1, 2]), vec![1, 2, 3]);
        assert_eq!(order_of(&[9, 3, 4]), vec![9, 3, 4]);
    }
}
