use crate::components::page_title::PageTitle;
use leptos::prelude::*;

use crate::app::href;
use crate::domain::route::Route;

#[component]
pub fn NotFound() -> impl IntoView {
    view! {
        <PageTitle text="Page not found" />
        <div class="page narrow" data-route="not-found">
            <h1>"Page not found"</h1>
            <p>"There is no page at this address. It may have moved, or the link may have a typo."</p>
            <ul class="link-list">
                <li><a href=href(&Route::Home)>"Go to the course home page"</a></li>
                <li><a href=href(&Route::Search)>"Search the lessons"</a></li>
            </ul>
        </div>
    }
}
