use crate::components::page_title::PageTitle;
use leptos::prelude::*;

use crate::app::href_at;
use crate::content::text::ui_shell as t;
use crate::content::{self, GLOSSARY};
use crate::domain::route::Route;

/// Stands for the link in a sentence until the sentence is cut around it.
const LINK: &str = "\u{1}";

/// The terms the lessons and tools use (`src/content/glossary.toml`), each with the lesson that
/// teaches it. Lessons link to a term as `glossary#kpi`.
#[component]
pub fn GlossaryPage() -> impl IntoView {
    view! {
        <PageTitle text=t::GLOSSARY_TITLE />
        <div class="page narrow">
            <h1>{t::GLOSSARY_TITLE}</h1>
            <p class="lead">{t::GLOSSARY_LEAD}</p>
            <dl class="glossary">
                {GLOSSARY
                    .iter()
                    .map(|g| {
                        let lesson = content::lesson(g.lesson);
                        let target = href_at(&Route::lesson(g.lesson), g.anchor);
                        view! {
                            <div class="glossary-entry">
                                <dt id=g.id>
                                    {g.term}
                                    {(!g.expansion.is_empty()).then(|| view! { <span class="glossary-expansion">{format!(" ({})", g.expansion)}</span> })}
                                </dt>
                                <dd>
                                    <p>{g.definition}</p>
                                    {lesson.map(|l| {
                                        // The sentence with the lesson's link where the catalogue puts it.
                                        let sentence = t::explained_in(LINK);
                                        let (before, after) = sentence.split_once(LINK).unwrap_or((&sentence, ""));
                                        let (before, after) = (before.to_string(), after.to_string());
                                        view! { <p class="meta">{before} <a href=target>{l.title}</a> {after}</p> }
                                    })}
                                </dd>
                            </div>
                        }
                    })
                    .collect_view()}
            </dl>
        </div>
    }
}
