//! A link from a tool to the glossary entry of a term it uses ("What is a KPI?"), so the terms
//! are explained where the tools use them, as in the lessons.

use leptos::prelude::*;

use crate::app::href_at;
use crate::content;
use crate::content::text::ui_shell as t;
use crate::domain::route::Route;

/// `id` is one of `content::term`, each checked against the glossary by a unit test.
#[component]
pub fn GlossaryLink(id: &'static str) -> impl IntoView {
    let term = content::glossary_entry(id).map_or(id, |g| g.term);
    view! {
        <a class="glossary-link" href=href_at(&Route::Glossary, id)>
            {t::in_glossary(term)}
        </a>
    }
}
