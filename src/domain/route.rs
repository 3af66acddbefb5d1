//! The app's routes, parsed from the path after the base. One match here instead of a router
//! table keeps the bundle small and makes every route testable natively.

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
