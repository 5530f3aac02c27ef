import type { MouseEvent } from "react";

export interface PageSection {
  /** the id of the section's heading */
  id: string;
  label: string;
}

/**
 * "Op deze pagina": links to the sections of a long page, so one jumps instead of scrolling. The
 * jump moves scroll and focus to the section's heading itself and only replaces the address's
 * fragment: a router navigation would put focus back on the page's h1 (primitives/page.tsx).
 */
export function SectionNav({ sections }: { sections: PageSection[] }) {
  return (
    <nav className="sroi-section-nav" aria-label="Op deze pagina">
      <p className="utrecht-paragraph sroi-section-nav__title">Op deze pagina</p>
      <ul className="sroi-section-nav__list">
        {sections.map((section) => (
          <li key={section.id}>
            <a
              className="utrecht-link"
              href={`#${section.id}`}
              onClick={(event) => jumpTo(event, section.id)}
            >
              {section.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function jumpTo(event: MouseEvent<HTMLAnchorElement>, id: string) {
  const target = document.getElementById(id);
  if (!target) return;
  event.preventDefault();
  if (!target.hasAttribute("tabindex")) target.setAttribute("tabindex", "-1");
  target.scrollIntoView({ block: "start" });
  target.focus({ preventScroll: true });
  window.history.replaceState(window.history.state, "", `#${id}`);
}
