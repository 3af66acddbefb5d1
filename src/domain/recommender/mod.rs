//! Which platforms suit a persona, and why: a transparent score built only from published figures.
//!
//! One job a file: `persona` (the audience a learner describes), `score` (the ranking and how it
//! is computed), `reasons` (the sentences and the confidence note that explain it), `answer` (the
//! plain-language answer on top), `library` (the learner's saved personas and chosen platforms)
//! and `link` (a persona in a shareable address).

mod answer;
mod library;
mod link;
mod persona;
mod reasons;
mod score;
#[cfg(test)]
mod test_support;

pub use answer::{is_described, plain_answer, PlainAnswer};
pub use library::{
    add_persona, delete_persona, open_personas, persona_label, save_linked, save_persona,
    select_persona, set_chosen, LinkSaved, Opening, OpeningNotice,
};
pub use link::{has_persona, persona_from_query, persona_to_query, PERSONA_KEYS};
pub use persona::{check_name, GenderSkew, Persona, MAX_HOURS_PER_WEEK, NAME_MAX_CHARS};
pub use score::{
    rank, sources_used, Confidence, ConfidenceLevel, Ranking, Reason, Recommendation,
    ScoreBreakdown, Tone, FIT_FLOOR, W_EFFORT, W_FORMATS, W_MARKET, W_OBJECTIVE, W_ORGANIC,
};
