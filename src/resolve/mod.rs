//! The resolve stage: the loaded site turned into what pages show: every Markdown text rendered
//! once with its links checked, and the article lists.

pub mod lists;
pub mod site;
pub mod translation;
