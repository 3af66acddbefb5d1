use crate::components::page_title::PageTitle;
use leptos::prelude::*;

use crate::components::course_text::{blocks_of, CourseText};
use crate::content::text::ui_shell as t;
use crate::content::{self, Block, LESSONS, PARTS};
use crate::domain::locale::is_singular;
use crate::domain::wording::thousands;

/// Every lesson on one page, laid out for printing (the print stylesheet hides the chrome).
#[component]
pub fn PrintPage() -> impl IntoView {
    view! {
        <PageTitle text=t::PRINT_TITLE />
        <div class="page print-course">
            <h1>{t::PRINT_HEADING}</h1>
            <p class="screen-only">{t::PRINT_HELP}</p>
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
                                        Block::Widget(w) => view! { <p class="print-tool">{t::print_tool(w.title())}</p> }.into_any(),
                                        Block::Quiz(p) => view! { <p class="print-tool">{t::print_quiz(content::part(*p).short_title)}</p> }.into_any(),
                                    }).collect_view()}
                                </article>
                            })
                            .collect_view()}
                    </section>
                })
                .collect_view() />
            <p class="meta">{lesson_count()}</p>
        </div>
    }
}

/// "40 lessons."
fn lesson_count() -> String {
    let count = thousands(LESSONS.len() as u32);
    if is_singular(LESSONS.len() as u64) {
        t::print_count_one(count)
    } else {
        t::print_count_other(count)
    }
}
