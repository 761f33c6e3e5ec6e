pub mod poster;
