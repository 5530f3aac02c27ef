// The page frame of both apps: skip link, header with the app's name and main navigation, the main
// landmark and a footer. Rendered inside the router, so it can follow navigations.
import {
  createContext,
  type MouseEvent,
  type ReactNode,
  useContext,
  useEffect,
  useRef,
} from "react";
import { NavLink, Link as RouterLink, useLocation } from "react-router";

export interface NavigationItem {
  to: string;
  label: string;
  /** Only mark as current on this exact path, not on the paths below it */
  end?: boolean;
}

export interface PageProps {
  /** Which app this is, shown next to the product name, e.g. "Beheer" */
  appName: string;
  navigation: NavigationItem[];
  /** The next page's data is loading */
  busy?: boolean;
  /** Who is logged in and the way out (or in), at the end of the header */
  account?: ReactNode;
  children: ReactNode;
}

/**
 * A short confirmation for the page a navigation lands on ("U bent uitgelogd."), passed as
 * `navigate(to, { state: { flash } })`; it belongs to that history entry only.
 */
export interface FlashState {
  flash?: string;
}

const MAIN_ID = "inhoud";
const PRODUCT_NAME = "Social Return";
const AppNameContext = createContext<string | null>(null);
/** The same three links as the API's own pages have (apps/api/src/public-pages.ts) */
const FOOTER_LINKS = [
  { href: "/toegankelijkheid", label: "Toegankelijkheid" },
  { href: "/privacy", label: "Privacy" },
  { href: "/contact", label: "Contact" },
];

export function Page({ appName, navigation, busy = false, account, children }: PageProps) {
  useFocusHeadingAfterNavigation();
  const flash = (useLocation().state as FlashState | null)?.flash;
  return (
    <AppNameContext value={appName}>
      <div className="utrecht-page-layout sroi-page">
        <a
          className="utrecht-skip-link utrecht-skip-link--visible-on-focus"
          href={`#${MAIN_ID}`}
          onClick={focusMain}
        >
          Direct naar de inhoud
        </a>
        <header className="utrecht-page-header sroi-header">
          <div className="utrecht-page-header__content sroi-header__content">
            <RouterLink to="/" className="sroi-header__home">
              <span className="sroi-header__product">{PRODUCT_NAME}</span>
              <span className="sroi-header__app">{appName}</span>
            </RouterLink>
            {account}
          </div>
          {navigation.length > 0 ? (
            <nav className="utrecht-nav-bar sroi-nav" aria-label="Hoofdmenu">
              <div className="utrecht-nav-bar__content">
                <ul className="utrecht-nav-list">
                  {navigation.map((item) => (
                    <li className="utrecht-nav-list__item" key={item.to}>
                      <NavLink
                        className="utrecht-nav-list__link sroi-nav__link"
                        to={item.to}
                        end={item.end}
                      >
                        {item.label}
                      </NavLink>
                    </li>
                  ))}
                </ul>
              </div>
            </nav>
          ) : null}
        </header>
        <main id={MAIN_ID} tabIndex={-1} className="utrecht-page-body sroi-main">
          <div className="utrecht-page-body__content">
            {/* Always in the DOM, so screen readers announce the text when it appears */}
            <div className="sroi-navigation-status" role="status">
              {busy ? (
                <p className="utrecht-paragraph">Bezig met laden…</p>
              ) : flash ? (
                <p className="utrecht-paragraph sroi-flash">{flash}</p>
              ) : null}
            </div>
            {children}
          </div>
        </main>
        <footer className="utrecht-page-footer sroi-footer">
          <div className="utrecht-page-footer__content">
            <p className="utrecht-paragraph">
              Social Return platform voor gemeenten, werkgeversservicepunten en opdrachtnemers. Open
              source (EUPL-1.2).
            </p>
            {/* Pages of the product around both apps, served by the API: full page loads */}
            <nav aria-label="Over deze website">
              <ul className="sroi-footer-links">
                {FOOTER_LINKS.map((link) => (
                  <li key={link.href}>
                    <a className="utrecht-link utrecht-link--html-a" href={link.href}>
                      {link.label}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
          </div>
        </footer>
      </div>
    </AppNameContext>
  );
}

/** The document title of a page: "Bouwblokken – Portaal – Social Return". */
export function PageTitle({ children }: { children: string }) {
  const appName = useContext(AppNameContext);
  return <title>{[children, appName, PRODUCT_NAME].filter(Boolean).join(" – ")}</title>;
}

// Move focus ourselves rather than follow the fragment: the URL stays clean and the router does not
// see a navigation.
function focusMain(event: MouseEvent<HTMLAnchorElement>) {
  const main = document.getElementById(MAIN_ID);
  if (!main) return;
  event.preventDefault();
  main.focus();
  main.scrollIntoView();
}

// A single-page app does not reload, so screen reader users would not notice that a link opened a
// new page. Focusing the new page's heading reads its title and starts reading from there.
function useFocusHeadingAfterNavigation() {
  const { pathname } = useLocation();
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    const main = document.getElementById(MAIN_ID);
    const heading = main?.querySelector<HTMLElement>("h1");
    (heading ?? main)?.focus();
  }, [pathname]);
}
