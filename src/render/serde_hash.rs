//! BLAKE3 hashes in a saved render ([`crate::render::cache`]), for `#[serde(with)]`: blake3
//! has no serde support of its own.

/// A hash as its 32 bytes.
pub mod one {
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    pub fn serialize<S: Serializer>(hash: &blake3::Hash, serializer: S) -> Result<S::Ok, S::Error> {
        hash.as_bytes().serialize(serializer)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<blake3::Hash, D::Error> {
        let bytes = <[u8; 32]>::deserialize(deserializer)?;
        Ok(blake3::Hash::from_bytes(bytes))
    }
}

/// An optional hash.
pub mod optional {
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    pub fn serialize<S: Serializer>(
        hash: &Option<blake3::Hash>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        hash.map(|hash| *hash.as_bytes()).serialize(serializer)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Option<blake3::Hash>, D::Error> {
        let bytes = Option::<[u8; 32]>::deserialize(deserializer)?;
        Ok(bytes.map(blake3::Hash::from_bytes))
    }
}

/// Hashes by key.
pub mod by_key {
    use std::borrow::Cow;
    use std::collections::BTreeMap;

    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    type Hashes = BTreeMap<String, blake3::Hash>;

    pub fn serialize<S: Serializer>(hashes: &Hashes, serializer: S) -> Result<S::Ok, S::Error> {
        let bytes: BTreeMap<&String, &[u8; 32]> = hashes
            .iter()
            .map(|(key, hash)| (key, hash.as_bytes()))
            .collect();
        bytes.serialize(serializer)
    }

    pub fn deserialize<'de, 'a, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Cow<'a, Hashes>, D::Error> {
        let bytes = BTreeMap::<String, [u8; 32]>::deserialize(deserializer)?;
        let hashes = bytes
            .into_iter()
            .map(|(key, bytes)| (key, blake3::Hash::from_bytes(bytes)));
        Ok(Cow::Owned(hashes.collect()))
    }
}
