//! Small browser helpers that are not storage: file downloads, reading a chosen file, the clock,
//! moving keyboard focus and closing a confirmation with Escape.

use wasm_bindgen::{JsCast, JsValue};

use crate::content::text::ui_shell as t;

/// Offers `text` as a file download named `filename`: a Blob, an object URL and a temporary
/// `<a download>` in the page.
pub fn download_text(filename: &str, mime: &str, text: &str) -> Result<(), String> {
    let fail = |what: &str| what.to_string();
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| fail(t::NO_DOCUMENT))?;
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
        .map_err(|_| fail(t::NO_FILE))?;
    let url =
        web_sys::Url::create_object_url_with_blob(&blob).map_err(|_| fail(t::NO_FILE_LINK))?;
    let link: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .ok()
        .and_then(|el| el.dyn_into().ok())
        .ok_or_else(|| fail(t::NO_LINK))?;
    link.set_href(&url);
    link.set_download(filename);
    link.set_hidden(true);
    let body = document.body().ok_or_else(|| fail(t::NO_PAGE_BODY))?;
    body.append_child(&link)
        .map_err(|_| fail(t::NO_LINK_ADDED))?;
    link.click();
    link.remove();
    // Firefox and Safari may still be reading the URL after click() returns: release it later.
    leptos::prelude::set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        std::time::Duration::from_secs(10),
    );
    Ok(())
}

/// Reads the text of a file the learner picked.
pub async fn read_file_text(file: web_sys::File) -> Result<String, String> {
    let text = wasm_bindgen_futures::JsFuture::from(file.text())
        .await
        .map_err(|e| e.as_string().unwrap_or_else(|| t::FILE_UNREADABLE.into()))?;
    text.as_string().ok_or_else(|| t::FILE_NOT_TEXT.into())
}

/// Opens the browser's print dialog.
pub fn print_page() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}

/// Today in the learner's own time zone (what their calendar on the wall says).
pub fn today() -> crate::domain::date::Date {
    let now = js_sys::Date::new_0();
    let date = crate::domain::date::Date::new(
        now.get_full_year() as i32,
        now.get_month() + 1,
        now.get_date(),
    );
    // The browser's own clock always gives a real date; the epoch is only a fallback.
    date.unwrap_or_else(|| crate::domain::date::Date::from_days(0))
}

/// Now in UTC, for an iCalendar `DTSTAMP`.
pub fn now_utc() -> crate::domain::ical::UtcStamp {
    let now = js_sys::Date::new_0();
    let date = crate::domain::date::Date::new(
        now.get_utc_full_year() as i32,
        now.get_utc_month() + 1,
        now.get_utc_date(),
    )
    .unwrap_or_else(|| crate::domain::date::Date::from_days(0));
    crate::domain::ical::UtcStamp {
        date,
        hour: now.get_utc_hours(),
        minute: now.get_utc_minutes(),
        second: now.get_utc_seconds(),
    }
}

/// Moves keyboard focus to `el`. An element that is not focusable on its own (a heading, a
/// result) first gets `tabindex="-1"`: focusable by script, never a tab stop.
pub fn focus_element(el: &web_sys::HtmlElement) {
    if el.tab_index() < 0 && !el.has_attribute("tabindex") {
        let _ = el.set_attribute("tabindex", "-1");
    }
    let _ = el.focus();
}

/// Moves keyboard focus to the element with this id once the view has caught up with a change
/// (after a move or a removal the old element may be gone, a new one not there yet).
pub fn focus_later(id: impl Into<String>) {
    let id = id.into();
    leptos::prelude::request_animation_frame(move || {
        if let Some(el) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(&id))
            .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
        {
            focus_element(&el);
        }
    });
}

/// Runs `cancel` when `ev` is the Escape key, as a confirmation or preview closes with it; the
/// key goes no further.
pub fn on_escape(ev: &web_sys::KeyboardEvent, cancel: impl FnOnce()) {
    if ev.key() == "Escape" {
        ev.prevent_default();
        ev.stop_propagation();
        cancel();
    }
}
