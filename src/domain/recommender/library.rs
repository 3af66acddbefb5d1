//! The learner's saved personas and chosen platforms: opening a linked persona, saving, adding,
//! switching and deleting, within `MAX_PERSONAS`. Separate because it edits stored lists, while
//! the rest of the recommender only reads a persona.

use super::{has_persona, persona_from_query, Persona};
use crate::content::platforms::Platform;
use crate::content::text::audience as t;
use crate::domain::store::MAX_PERSONAS;

/// The name to show for a saved persona: its own, or "Persona 3" when it has none.
pub fn persona_label(p: &Persona, index: usize) -> String {
    let name = p.name.trim();
    if name.is_empty() {
        t::numbered_persona(index + 1)
    } else {
        name.to_string()
    }
}

/// What the targeting tool shows when it opens, and what to tell the learner about it.
#[derive(Clone, Debug, PartialEq)]
pub struct Opening {
    /// The persona to put in the form.
    pub persona: Persona,
    /// Whether the form shows a link's persona rather than the active saved one. Opening a link
    /// saves nothing and leaves the active persona alone: the learner keeps it with
    /// [`save_linked`] ("Save this persona") if they want it.
    pub linked: bool,
    pub notice: Option<OpeningNotice>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OpeningNotice {
    /// The link's persona is shown but not saved; `full` when the list has no room for it.
    NotSaved { full: bool },
    /// The link's persona is the same as this saved one (not the active one).
    SameAsSaved(String),
    /// The link could not be read; the form shows the saved persona (or a blank one) instead.
    BadLink(String),
}

impl OpeningNotice {
    pub fn text(&self) -> String {
        match self {
            OpeningNotice::NotSaved { full: false } => t::LINK_NOT_SAVED.to_string(),
            OpeningNotice::NotSaved { full: true } => t::link_not_saved_full(MAX_PERSONAS),
            OpeningNotice::SameAsSaved(name) => t::link_same_as_saved(name),
            OpeningNotice::BadLink(error) => t::link_unreadable(error),
        }
    }

    /// Whether the notice reports a problem rather than news.
    pub fn is_error(&self) -> bool {
        matches!(self, OpeningNotice::BadLink(_))
    }
}

/// Decides what the tool opens with. A persona in `query` wins, and is only shown: neither the
/// saved list nor `active` changes (a link that matches the active saved persona simply opens
/// it). Without a link, or with one that cannot be read, the active saved persona is shown, and
/// `active` is set to the first one when it points nowhere; with nothing saved, a blank form that
/// is saved on its first change.
pub fn open_personas(list: &[Persona], active: &mut Option<usize>, q: &str) -> Opening {
    let mut notice = None;
    if has_persona(q) {
        match persona_from_query(q) {
            Ok(linked) => return open_linked(list, *active, linked),
            Err(e) => notice = Some(OpeningNotice::BadLink(e)),
        }
    }
    if active.is_none_or(|i| i >= list.len()) {
        *active = (!list.is_empty()).then_some(0);
    }
    let persona = active
        .and_then(|i| list.get(i).cloned())
        .unwrap_or_default();
    Opening {
        persona,
        linked: false,
        notice,
    }
}

fn open_linked(list: &[Persona], active: Option<usize>, linked: Persona) -> Opening {
    let at = list.iter().position(|p| *p == linked);
    let notice = match at {
        Some(i) if Some(i) == active => {
            return Opening {
                persona: linked,
                linked: false,
                notice: None,
            }
        }
        Some(i) => OpeningNotice::SameAsSaved(persona_label(&linked, i)),
        None => OpeningNotice::NotSaved {
            full: list.len() >= MAX_PERSONAS,
        },
    };
    Opening {
        persona: linked,
        linked: true,
        notice: Some(notice),
    }
}

/// What "Save this persona" did with a link's persona.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LinkSaved {
    /// Added to the saved personas at this index, and made active.
    Added(usize),
    /// Already saved at this index (never added twice); made active.
    Existing(usize),
    /// Not saved: the list already holds `MAX_PERSONAS`.
    Full,
}

/// Keeps a link's persona because the learner asked to: selects it if it is already saved,
/// otherwise adds it (room permitting); either way it becomes the active persona.
pub fn save_linked(list: &mut Vec<Persona>, active: &mut Option<usize>, p: &Persona) -> LinkSaved {
    if let Some(i) = list.iter().position(|saved| saved == p) {
        *active = Some(i);
        return LinkSaved::Existing(i);
    }
    if list.len() >= MAX_PERSONAS {
        return LinkSaved::Full;
    }
    list.push(p.clone());
    let index = list.len() - 1;
    *active = Some(index);
    LinkSaved::Added(index)
}

/// Keeps `p` as the active persona: overwrites it, or adds it when none is active. Returns false
/// (and changes nothing) when there is no active persona and no room for another.
pub fn save_persona(list: &mut Vec<Persona>, active: &mut Option<usize>, p: &Persona) -> bool {
    if let Some(slot) = active.and_then(|i| list.get_mut(i)) {
        *slot = p.clone();
        return true;
    }
    if list.len() >= MAX_PERSONAS {
        return false;
    }
    list.push(p.clone());
    *active = Some(list.len() - 1);
    true
}

/// Adds a blank persona named "Persona N" and makes it active; `None` when the list is full.
pub fn add_persona(list: &mut Vec<Persona>, active: &mut Option<usize>) -> Option<Persona> {
    if list.len() >= MAX_PERSONAS {
        return None;
    }
    let persona = Persona {
        name: t::numbered_persona(list.len() + 1),
        ..Persona::default()
    };
    list.push(persona.clone());
    *active = Some(list.len() - 1);
    Some(persona)
}

/// Makes the saved persona at `index` active and returns it; `None` for an index out of range.
pub fn select_persona(
    list: &[Persona],
    active: &mut Option<usize>,
    index: usize,
) -> Option<Persona> {
    let p = list.get(index)?.clone();
    *active = Some(index);
    Some(p)
}

/// Deletes the persona at `index`; the active one stays active, or its neighbour takes over when
/// it is the one deleted. Returns the persona now active, if any.
pub fn delete_persona(
    list: &mut Vec<Persona>,
    active: &mut Option<usize>,
    index: usize,
) -> Option<Persona> {
    if index >= list.len() {
        return active.and_then(|i| list.get(i).cloned());
    }
    list.remove(index);
    *active = match *active {
        _ if list.is_empty() => None,
        Some(a) if a > index => Some(a - 1),
        Some(a) if a == index => Some(index.min(list.len() - 1)),
        other => other.filter(|a| *a < list.len()),
    };
    active.and_then(|i| list.get(i).cloned())
}

/// Adds or removes a platform from the learner's plan, keeping the order they chose in.
pub fn set_chosen(chosen: &mut Vec<String>, platform: Platform, on: bool) {
    let slug = platform.slug();
    let present = chosen.iter().any(|s| s == slug);
    if on && !present {
        chosen.push(slug.to_string());
    } else if !on {
        chosen.retain(|s| s != slug);
    }
}

#[cfg(test)]
mod tests {
    use super::super::persona_to_query;
    use super::*;
    use crate::domain::recommender::test_support::*;

    #[test]
    fn opening_shows_the_link_without_saving_it_or_changing_the_active_persona() {
        let (list, mut active) = (Vec::new(), None);
        let blank = open_personas(&list, &mut active, "");
        assert_eq!(
            blank,
            Opening {
                persona: Persona::default(),
                linked: false,
                notice: None
            }
        );
        assert!(active.is_none());

        let q = persona_to_query(&professional());
        let opened = open_personas(&list, &mut active, &q);
        assert_eq!(
            (opened.persona, opened.linked, opened.notice),
            (
                professional(),
                true,
                Some(OpeningNotice::NotSaved { full: false })
            )
        );
        assert!(active.is_none(), "opening a link makes nothing active");

        let mut list = vec![seniors(), professional()];
        active = Some(0);
        // The link's persona is saved, but not the active one: shown, named, nothing changes.
        let same = open_personas(&list, &mut active, &format!("?{q}"));
        assert_eq!(
            (same.linked, same.notice),
            (true, Some(OpeningNotice::SameAsSaved("Persona 2".into())))
        );
        assert_eq!(active, Some(0));
        // The active persona's own link (a reload of the tool's URL) opens it as usual.
        active = Some(1);
        let own = open_personas(&list, &mut active, &q);
        assert_eq!((own.linked, own.notice, active), (false, None, Some(1)));

        assert_eq!(
            open_personas(&list, &mut active, "").persona,
            professional()
        );
        let bad = open_personas(&list, &mut active, "hours=999");
        assert!(bad.notice.as_ref().is_some_and(OpeningNotice::is_error));
        assert!(bad
            .notice
            .unwrap()
            .text()
            .contains("hours: must be a whole number"));
        assert_eq!((bad.persona, bad.linked), (professional(), false));
        active = Some(7);
        assert_eq!(open_personas(&list, &mut active, "").persona, seniors());
        assert_eq!(active, Some(0));
        list.clear();
        assert_eq!(
            open_personas(&list, &mut active, "").persona,
            Persona::default()
        );
        assert_eq!(active, None);
    }

    #[test]
    fn opening_links_twelve_times_leaves_the_saved_list_unchanged() {
        let list = vec![seniors()];
        let mut active = Some(0);
        for i in 0..MAX_PERSONAS {
            let linked = Persona {
                name: format!("Linked {i}"),
                hours_per_week: i as u8,
                ..professional()
            };
            let opened = open_personas(&list, &mut active, &persona_to_query(&linked));
            assert_eq!(opened.persona, linked);
            assert!(opened.linked);
            // The same link again, as a reload or a second click would open it.
            let again = open_personas(&list, &mut active, &persona_to_query(&linked));
            assert_eq!(again, opened);
        }
        assert_eq!((list, active), (vec![seniors()], Some(0)));
    }

    #[test]
    fn saving_a_linked_persona_adds_it_once_and_makes_it_active() {
        let mut list = vec![seniors()];
        let mut active = Some(0);
        let q = persona_to_query(&professional());
        let opened = open_personas(&list, &mut active, &q);
        assert_eq!(
            save_linked(&mut list, &mut active, &opened.persona),
            LinkSaved::Added(1)
        );
        assert_eq!((list.len(), active), (2, Some(1)));
        // Saved already: selected, never added twice.
        active = Some(0);
        assert_eq!(
            save_linked(&mut list, &mut active, &professional()),
            LinkSaved::Existing(1)
        );
        assert_eq!((list.len(), active), (2, Some(1)));
    }

    #[test]
    fn a_full_list_shows_a_linked_persona_and_refuses_to_save_it() {
        let mut list = vec![Persona::default(); MAX_PERSONAS];
        let mut active = Some(3);
        let q = persona_to_query(&seniors());
        let opened = open_personas(&list, &mut active, &q);
        assert_eq!(
            (opened.linked, opened.notice.clone()),
            (true, Some(OpeningNotice::NotSaved { full: true }))
        );
        assert!(opened
            .notice
            .is_some_and(|n| n.text().contains("delete a saved persona")));
        assert_eq!((list.len(), active), (MAX_PERSONAS, Some(3)));
        assert_eq!(
            save_linked(&mut list, &mut active, &seniors()),
            LinkSaved::Full
        );
        assert_eq!((list.len(), active), (MAX_PERSONAS, Some(3)));
        assert_eq!(add_persona(&mut list, &mut active), None);
        // A persona already saved is found even in a full list.
        assert_eq!(
            save_linked(&mut list, &mut active, &Persona::default()),
            LinkSaved::Existing(0)
        );
        delete_persona(&mut list, &mut active, 1);
        assert_eq!(
            save_linked(&mut list, &mut active, &seniors()),
            LinkSaved::Added(MAX_PERSONAS - 1)
        );
        assert_eq!(list[MAX_PERSONAS - 1], seniors());
        // Saving over the active persona still works as before, and a full list refuses a new one.
        assert!(save_persona(&mut list, &mut active, &professional()));
        active = None;
        assert!(!save_persona(&mut list, &mut active, &seniors()));
    }

    #[test]
    fn personas_are_saved_added_switched_and_deleted() {
        let (mut list, mut active) = (Vec::new(), None);
        assert!(save_persona(&mut list, &mut active, &seniors()));
        assert_eq!((list.len(), active), (1, Some(0)));
        assert!(save_persona(&mut list, &mut active, &professional()));
        assert_eq!(
            list,
            [professional()],
            "saving overwrites the active persona"
        );
        let added = add_persona(&mut list, &mut active).unwrap();
        assert_eq!((added.name.as_str(), active), ("Persona 2", Some(1)));
        add_persona(&mut list, &mut active);
        assert_eq!(select_persona(&list, &mut active, 0), Some(professional()));
        assert_eq!(select_persona(&list, &mut active, 9), None);
        assert_eq!(active, Some(0));
        // Deleting another persona keeps the active one active.
        active = Some(2);
        assert_eq!(
            delete_persona(&mut list, &mut active, 0).unwrap().name,
            "Persona 3"
        );
        assert_eq!(active, Some(1));
        // Deleting the active one hands over to its neighbour, then to nothing.
        assert_eq!(
            delete_persona(&mut list, &mut active, 1).unwrap().name,
            "Persona 2"
        );
        assert_eq!(active, Some(0));
        assert_eq!(
            delete_persona(&mut list, &mut active, 5).unwrap().name,
            "Persona 2"
        );
        assert_eq!(delete_persona(&mut list, &mut active, 0), None);
        assert_eq!((list.len(), active), (0, None));
    }

    #[test]
    fn chosen_platforms_keep_the_learners_order_without_repeats() {
        let mut chosen = vec!["instagram".to_string()];
        set_chosen(&mut chosen, Platform::Facebook, true);
        set_chosen(&mut chosen, Platform::Facebook, true);
        assert_eq!(chosen, ["instagram", "facebook"]);
        set_chosen(&mut chosen, Platform::Instagram, false);
        set_chosen(&mut chosen, Platform::Reddit, false);
        assert_eq!(chosen, ["facebook"]);
    }
}
