//! The load stage: every file of the site folder is read here (`loa.yaml`, the theme, the UI
//! strings, the content files, the URL lock), parsed and validated.

pub mod config;
pub mod content;
pub mod font_chars;
pub mod theme;
pub mod urllock;
