//! Remembered answers of pure functions, shared between the render's threads: posters and
//! share cards set the same texts again and again, and shaping a text is their costly part.

use std::collections::{BTreeMap, HashMap};
use std::hash::Hash;
use std::sync::{Mutex, MutexGuard};

/// The answers of a pure function by its arguments. Keeps at most `limit` answers and then
/// starts again, so that one living as long as `loa serve` does not grow without bound.
pub struct Memo<K, V> {
    answers: Mutex<HashMap<K, V>>,
    limit: usize,
}

impl<K, V> Default for Memo<K, V> {
    /// A memo that keeps every answer: for one that lives as long as a render.
    fn default() -> Self {
        Memo::with_limit(usize::MAX)
    }
}

impl<K, V> Memo<K, V> {
    pub fn with_limit(limit: usize) -> Self {
        Memo {
            answers: Mutex::new(HashMap::new()),
            limit,
        }
    }

    fn lock(&self) -> MutexGuard<'_, HashMap<K, V>> {
        // A panic elsewhere cannot leave a wrong answer in the map: answers go in whole.
        self.answers
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// How many answers are kept.
    pub fn len(&self) -> usize {
        self.lock().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

impl<K: Eq + Hash, V: Clone> Memo<K, V> {
    /// The answer for `key`: the remembered one, else `compute`'s, remembered.
    pub fn get_or(&self, key: K, compute: impl FnOnce() -> V) -> V {
        if let Some(answer) = self.lock().get(&key) {
            return answer.clone();
        }
        // Computed outside the lock: other threads go on meanwhile, and two that compute the
        // same answer at once store the same value.
        let answer = compute();
        let mut answers = self.lock();
        if answers.len() >= self.limit {
            answers.clear();
        }
        answers.insert(key, answer.clone());
        answer
    }
}

impl<K: Ord, V> Memo<K, V> {
    /// Every answer kept, in the order of their arguments.
    pub fn into_answers(self) -> BTreeMap<K, V> {
        let answers = self.answers.into_inner();
        answers
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .into_iter()
            .collect()
    }
}
