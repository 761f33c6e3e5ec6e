//! The commands of the command line, each a library call: they run the stages in order and
//! report.

pub mod build;
pub mod bulletin;
pub mod check;
pub mod init;
pub mod new;
pub mod progress;
pub mod serve;
pub mod translations;
