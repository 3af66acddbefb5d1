use leptos::prelude::*;

use crate::app::href;
use crate::content::text::ui_shell as t;
use crate::domain::route::Route;

#[component]
pub fn SiteFooter() -> impl IntoView {
    view! {
        <footer class="site-footer">
            <p>
                {t::FOOTER_OFFLINE}
                <a href=href(&Route::Progress)>{t::FOOTER_EXPORT}</a>
                "."
            </p>
            <p>
                {t::FOOTER_SOURCES}
                <a href=href(&Route::Print)>{t::FOOTER_PRINT}</a>
                "."
            </p>
        </footer>
    }
}
