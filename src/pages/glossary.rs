use crate::components::page_title::PageTitle;
use leptos::prelude::*;

use crate::app::href_at;
use crate::content::{self, GLOSSARY};
use crate::domain::route::Route;

/// The terms the lessons and tools use (`src/content/glossary.toml`), each with the lesson that
/// teaches it. Lessons link to a term as `glossary#kpi`.
#[component]
pub fn GlossaryPage() -> impl IntoView {
    view! {
        <PageTitle text="Glossary" />
        <div class="page narrow">
            <h1>"Glossary"</h1>
            <p class="lead">"The terms this course uses, in a sentence or two each, with the lesson that explains them."</p>
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
                                    {lesson.map(|l| view! {
                                        <p class="meta">"Explained in " <a href=target>{l.title}</a></p>
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
