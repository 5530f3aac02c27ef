// Who is logged in, in the page header of both apps.
import { Button } from "../../primitives/form.js";
import { Link } from "../../primitives/link.js";
import { ACCOUNT_PATH, type SignedInAccount } from "./paths.js";

/** Who is logged in, in the page header, with the way out; or the way in. */
export function AccountMenu({
  account,
  loading = false,
  loginTo,
  accountTo = ACCOUNT_PATH,
  onLogout,
  busy = false,
}: {
  account: Pick<SignedInAccount, "name" | "organisationName"> | null;
  /** Not known yet whether anyone is logged in: show nothing rather than the wrong thing */
  loading?: boolean;
  /** null on the login page itself */
  loginTo: string | null;
  accountTo?: string;
  onLogout: () => void;
  /** Logging out is under way */
  busy?: boolean;
}) {
  if (loading) return null;
  if (!account) {
    if (loginTo === null) return null;
    return (
      <div className="sroi-account">
        <Link to={loginTo} className="sroi-account__login">
          Inloggen
        </Link>
      </div>
    );
  }
  return (
    <div className="sroi-account">
      <p className="sroi-account__who">
        <span className="sroi-account__label">Ingelogd als</span>{" "}
        <Link to={accountTo} className="sroi-account__name">
          {account.name}
        </Link>
        {account.organisationName ? (
          <span className="sroi-account__organisation">{account.organisationName}</span>
        ) : null}
      </p>
      <Button appearance="secondary-action" onClick={onLogout} disabled={busy}>
        Uitloggen
      </Button>
    </div>
  );
}
