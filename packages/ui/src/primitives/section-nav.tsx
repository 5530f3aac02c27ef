export interface PageSection {
  /** the id of the section's heading */
  id: string;
  label: string;
}

/**
 * "Op deze pagina": links to the sections of a long page, so one jumps instead of scrolling. Plain
 * fragment links: the browser moves focus and scroll, and the address can be shared.
 */
export function SectionNav({ sections }: { sections: PageSection[] }) {
  return (
    <nav className="sroi-section-nav" aria-label="Op deze pagina">
      <p className="utrecht-paragraph sroi-section-nav__title">Op deze pagina</p>
      <ul className="sroi-section-nav__list">
        {sections.map((section) => (
          <li key={section.id}>
            <a className="utrecht-link" href={`#${section.id}`}>
              {section.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
