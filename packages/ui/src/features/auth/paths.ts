// Where the sign-in pages live within an app, where a login may return to, and which app an
// account belongs in. Plain values: no React.

/** Which app a person works in: staff in Beheer (ADMIN), contractors in the portal (PORTAL). */
export type AppKind = "ADMIN" | "PORTAL";

export interface SignedInAccount {
  name: string;
  email: string;
  organisationName: string | null;
  /** "ADMIN" or "PORTAL", as the API's Me.app says */
  app: string;
}

/** The query parameter that carries the page to return to after logging in. */
export const RETURN_PARAM = "terug";
export const LOGIN_PATH = "/inloggen";
export const FORGOT_PASSWORD_PATH = "/wachtwoord-vergeten";
export const CHOOSE_PASSWORD_PATH = "/wachtwoord";
export const ACCOUNT_PATH = "/account";
/** Long enough to resist guessing; the API refuses shorter ones with the same words. */
export const MIN_PASSWORD_LENGTH = 10;

const AUTH_PATHS = [LOGIN_PATH, FORGOT_PASSWORD_PATH, CHOOSE_PASSWORD_PATH];

/**
 * Only a path inside this app may be returned to: "/opdrachten/12?x=1" yes, "//evil.example",
 * "https://…" or "/\evil" no, so a crafted login link cannot send someone elsewhere.
 */
export function safeReturnPath(value: string | null | undefined): string | null {
  if (!value?.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) {
    return null;
  }
  // A login page is no place to return to: it would ask again.
  const path = value.split(/[?#]/)[0] ?? "";
  return AUTH_PATHS.includes(path) ? null : value;
}

/** "/inloggen?terug=%2Fopdrachten" for a page within the app (without the app's base path). */
export function loginPath(returnTo?: string | null): string {
  const target = safeReturnPath(returnTo);
  return target && target !== "/"
    ? `${LOGIN_PATH}?${new URLSearchParams({ [RETURN_PARAM]: target })}`
    : LOGIN_PATH;
}

/** The page a browser address points at, relative to the app's base path ("/admin"). */
export function pathWithinApp(url: URL, basename: string): string {
  const path = url.pathname.startsWith(basename)
    ? url.pathname.slice(basename.length) || "/"
    : url.pathname;
  return `${path}${url.search}`;
}
