use crate::components::page_title::PageTitle;
use leptos::prelude::*;

use crate::components::course_text::{blocks_of, CourseText};
use crate::content::{self, Block, LESSONS, PARTS};

/// Every lesson on one page, laid out for printing (the print stylesheet hides the chrome).
#[component]
pub fn PrintPage() -> impl IntoView {
    view! {
        <PageTitle text="Whole course" />
        <div class="page print-course">
            <h1>"Social media marketing — the whole course"</h1>
            <p class="screen-only">"Use your browser's Print command to print or save this page as a PDF. Interactive tools are listed by name."</p>
            <CourseText part="print" class="print-text" render=|text| PARTS
                .iter()
                .map(|part| view! {
                    <section class="print-part">
                        <h2 class="print-part-title">{part.title}</h2>
                        {content::lessons_in(part.id)
                            .map(|l| (l, LESSONS.iter().position(|m| m.slug == l.slug).unwrap_or(usize::MAX)))
                            .map(|(l, index)| view! {
                                <article class="print-lesson">
                                    <h2>{l.title}</h2>
                                    {blocks_of(text, index).iter().map(|b| match b {
                                        Block::Html(h) => view! { <div class="prose" inner_html=*h></div> }.into_any(),
                                        Block::Widget(w) => view! { <p class="print-tool">{format!("Interactive tool: {} (in the app under Tools).", w.title())}</p> }.into_any(),
                                        Block::Quiz(p) => view! { <p class="print-tool">{format!("Quiz: {} (in the app).", content::part(*p).short_title)}</p> }.into_any(),
                                    }).collect_view()}
                                </article>
                            })
                            .collect_view()}
                    </section>
                })
                .collect_view() />
            <p class="meta">{format!("{} lessons.", LESSONS.len())}</p>
        </div>
    }
}
