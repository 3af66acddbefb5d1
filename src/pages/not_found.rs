use crate::components::page_title::PageTitle;
use leptos::prelude::*;

use crate::app::href;
use crate::contracts::{NOT_FOUND_ROUTE, ROUTE_ATTRIBUTE};
use crate::domain::route::Route;
use leptos::tachys::html::attribute::custom::custom_attribute;

#[component]
pub fn NotFound() -> impl IntoView {
    view! {
        <PageTitle text="Page not found" />
        <div class="page narrow" {..custom_attribute(ROUTE_ATTRIBUTE, NOT_FOUND_ROUTE)}>
            <h1>"Page not found"</h1>
            <p>"There is no page at this address. It may have moved, or the link may have a typo."</p>
            <ul class="link-list">
                <li><a href=href(&Route::Home)>"Go to the course home page"</a></li>
                <li><a href=href(&Route::Search)>"Search the lessons"</a></li>
            </ul>
        </div>
    }
}
