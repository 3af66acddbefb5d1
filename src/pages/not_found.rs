use crate::components::page_title::PageTitle;
use leptos::prelude::*;

use crate::app::href;
use crate::content::text::ui_shell as t;
use crate::contracts::{NOT_FOUND_ROUTE, ROUTE_ATTRIBUTE};
use crate::domain::route::Route;
use leptos::tachys::html::attribute::custom::custom_attribute;

#[component]
pub fn NotFound() -> impl IntoView {
    view! {
        <PageTitle text=t::NOT_FOUND_TITLE />
        <div class="page narrow" {..custom_attribute(ROUTE_ATTRIBUTE, NOT_FOUND_ROUTE)}>
            <h1>{t::NOT_FOUND_TITLE}</h1>
            <p>{t::NOT_FOUND_TEXT}</p>
            <ul class="link-list">
                <li><a href=href(&Route::Home)>{t::GO_HOME}</a></li>
                <li><a href=href(&Route::Search)>{t::SEARCH_LESSONS}</a></li>
            </ul>
        </div>
    }
}
