//! The app's routes: parsed from the path after the base (`Route::parse`) and written back
//! (`Route::path`). Every link in the app is built from a `Route`, so a path that no route
//! parses cannot be written; a unit test checks the two directions agree. One match here instead
//! of a router table keeps the bundle small and makes every route testable natively.

use crate::content::text::ui_shell as t;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    Home,
    Lesson(String),
    PartQuiz(String),
    FinalAssessment,
    Tools,
    Tool(String),
    Progress,
    Review,
    Certificate,
    Search,
    Glossary,
    Print,
    NotFound,
}

impl Route {
    /// `path` is the URL path with the app's base removed, e.g. "/lesson/facebook".
    pub fn parse(path: &str) -> Route {
        let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
        match segments.as_slice() {
            [] | ["index.html"] => Route::Home,
            ["lesson", slug] => Route::Lesson((*slug).to_string()),
            ["quiz", part] => Route::PartQuiz((*part).to_string()),
            ["final"] => Route::FinalAssessment,
            ["tools"] => Route::Tools,
            ["tools", tool] => Route::Tool((*tool).to_string()),
            ["progress"] => Route::Progress,
            ["review"] => Route::Review,
            ["certificate"] => Route::Certificate,
            ["search"] => Route::Search,
            ["glossary"] => Route::Glossary,
            ["print"] => Route::Print,
            _ => Route::NotFound,
        }
    }

    pub fn lesson(slug: &str) -> Route {
        Route::Lesson(slug.to_string())
    }

    pub fn part_quiz(part: &str) -> Route {
        Route::PartQuiz(part.to_string())
    }

    pub fn tool(slug: &str) -> Route {
        Route::Tool(slug.to_string())
    }

    /// The path of this route inside the app (no base): the inverse of `parse`.
    /// `NotFound` has no path of its own; it writes the one page that is never a route.
    pub fn path(&self) -> String {
        match self {
            Route::Home => "/".to_string(),
            Route::Lesson(slug) => format!("/lesson/{slug}"),
            Route::PartQuiz(part) => format!("/quiz/{part}"),
            Route::FinalAssessment => "/final".to_string(),
            Route::Tools => "/tools".to_string(),
            Route::Tool(tool) => format!("/tools/{tool}"),
            Route::Progress => "/progress".to_string(),
            Route::Review => "/review".to_string(),
            Route::Certificate => "/certificate".to_string(),
            Route::Search => "/search".to_string(),
            Route::Print => "/print".to_string(),
            Route::Glossary => "/glossary".to_string(),
            Route::NotFound => "/404.html".to_string(),
        }
    }

    /// The primary-navigation section this route belongs to, if any: what the header marks
    /// with `aria-current`.
    pub fn section(&self) -> Option<Section> {
        match self {
            Route::Home => Some(Section::Course),
            Route::Tools | Route::Tool(_) => Some(Section::Tools),
            Route::Progress => Some(Section::Progress),
            Route::Search => Some(Section::Search),
            _ => None,
        }
    }
}

/// The header's navigation entries.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Section {
    Course,
    Tools,
    Progress,
    Search,
}

impl Section {
    pub const ALL: [Section; 4] = [
        Section::Course,
        Section::Tools,
        Section::Progress,
        Section::Search,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Section::Course => t::NAV_COURSE,
            Section::Tools => t::NAV_TOOLS,
            Section::Progress => t::NAV_PROGRESS,
            Section::Search => t::NAV_SEARCH,
        }
    }

    /// A shorter word shown on a phone instead of the label (which stays for screen readers).
    pub fn short_label(self) -> Option<&'static str> {
        match self {
            Section::Progress => Some(t::NAV_PROGRESS_SHORT),
            _ => None,
        }
    }

    /// Where the section's link goes.
    pub fn route(self) -> Route {
        match self {
            Section::Course => Route::Home,
            Section::Tools => Route::Tools,
            Section::Progress => Route::Progress,
            Section::Search => Route::Search,
        }
    }
}

/// The path inside the app: `pathname` without the base ("" or "/course").
pub fn strip_base<'a>(pathname: &'a str, base: &str) -> &'a str {
    pathname.strip_prefix(base).unwrap_or(pathname)
}

/// The same-origin URL of `path` with `query`: what the tools put in the address bar as their
/// state changes. Leading slashes are folded into one, since `//tools/x` would be read as the
/// host `tools` (a page opened at `//tools/…` must not send its state off-origin).
pub fn url_with_query(path: &str, query: &str) -> String {
    let path = format!("/{}", path.trim_start_matches(['/', '\\']));
    if query.is_empty() {
        path
    } else {
        format!("{path}?{query}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_every_route() {
        assert_eq!(Route::parse("/"), Route::Home);
        assert_eq!(Route::parse(""), Route::Home);
        assert_eq!(
            Route::parse("/lesson/facebook"),
            Route::Lesson("facebook".into())
        );
        assert_eq!(
            Route::parse("/lesson/facebook/"),
            Route::Lesson("facebook".into())
        );
        assert_eq!(Route::parse("/quiz/intro"), Route::PartQuiz("intro".into()));
        assert_eq!(Route::parse("/final"), Route::FinalAssessment);
        assert_eq!(Route::parse("/tools"), Route::Tools);
        assert_eq!(
            Route::parse("/tools/smart-goal"),
            Route::Tool("smart-goal".into())
        );
        assert_eq!(Route::parse("/progress"), Route::Progress);
        assert_eq!(Route::parse("/review"), Route::Review);
        assert_eq!(Route::parse("/certificate"), Route::Certificate);
        assert_eq!(Route::parse("/search"), Route::Search);
        assert_eq!(Route::parse("/glossary"), Route::Glossary);
        assert_eq!(Route::parse("/print"), Route::Print);
    }

    /// Every route the app can link to, with the real slugs of the compiled course.
    fn every_linkable_route() -> Vec<Route> {
        use crate::content::{self, PartId, Widget};
        let mut routes = vec![
            Route::Home,
            Route::FinalAssessment,
            Route::Tools,
            Route::Progress,
            Route::Review,
            Route::Certificate,
            Route::Search,
            Route::Print,
            Route::Glossary,
        ];
        routes.extend(
            content::LESSONS
                .iter()
                .map(|l| Route::Lesson(l.slug.into())),
        );
        routes.extend(PartId::ALL.iter().map(|p| Route::PartQuiz(p.slug().into())));
        routes.extend(Widget::ALL.iter().map(|w| Route::Tool(w.slug().into())));
        routes
    }

    #[test]
    fn every_route_writes_the_path_it_parses_from() {
        for route in every_linkable_route() {
            assert_eq!(Route::parse(&route.path()), route, "{route:?}");
        }
        assert_eq!(Route::parse(&Route::NotFound.path()), Route::NotFound);
    }

    #[test]
    fn sections_link_to_routes_of_their_own_section() {
        for section in Section::ALL {
            assert_eq!(section.route().section(), Some(section));
        }
        assert_eq!(
            Route::Tool("smart-goal".into()).section(),
            Some(Section::Tools)
        );
        assert_eq!(Route::Lesson("facebook".into()).section(), None);
    }

    #[test]
    fn anything_else_is_not_found() {
        for path in ["/lesson", "/lesson/a/b", "/nope", "/tools/a/b", "/404.html"] {
            assert_eq!(Route::parse(path), Route::NotFound, "{path}");
        }
    }

    #[test]
    fn base_is_removed_once() {
        assert_eq!(strip_base("/course/lesson/x", "/course"), "/lesson/x");
        assert_eq!(strip_base("/lesson/x", ""), "/lesson/x");
        assert_eq!(strip_base("/other/x", "/course"), "/other/x");
    }

    #[test]
    fn tool_urls_stay_on_this_origin() {
        assert_eq!(url_with_query("/tools/x", "a=1"), "/tools/x?a=1");
        assert_eq!(url_with_query("//tools/x", "a=1"), "/tools/x?a=1");
        assert_eq!(url_with_query("/\\evil.com/x", ""), "/evil.com/x");
        assert_eq!(url_with_query("///course/tools", ""), "/course/tools");
    }
}
