//! The load stage: every file of the site folder is read here (`loa.yaml`, the theme, the UI
//! strings, the content files, the URL lock, the static files and the sizes of their images,
//! the share-card cache), parsed and validated.

pub mod config;
pub mod content;
pub mod font_chars;
pub mod media;
pub mod podcast;
pub mod render_cache;
pub mod share_cache;
pub mod statics;
pub mod theme;
pub mod urllock;
pub mod webvtt;
