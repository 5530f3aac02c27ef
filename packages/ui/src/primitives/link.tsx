import type { AnchorHTMLAttributes } from "react";
import { Link as RouterLink, type LinkProps as RouterLinkProps } from "react-router";
import { classNames } from "./class-names.js";

const LINK_CLASS = "utrecht-link utrecht-link--html-a";

/** A link to a page of this app; the router handles it without reloading. */
export function Link({ className, ...props }: RouterLinkProps) {
  return <RouterLink className={classNames(LINK_CLASS, className)} {...props} />;
}

/** A link that leaves the app. Opens in the same tab: the reader decides where it goes. */
export function ExternalLink({ className, ...props }: AnchorHTMLAttributes<HTMLAnchorElement>) {
  return <a className={classNames(LINK_CLASS, className)} {...props} />;
}

/** A link that looks like a button: for an action that opens a page, e.g. "Opdracht registreren". */
export function ButtonLink({
  appearance = "primary-action",
  className,
  ...props
}: RouterLinkProps & { appearance?: "primary-action" | "secondary-action" }) {
  return (
    <RouterLink
      className={classNames(
        "utrecht-button",
        `utrecht-button--${appearance}`,
        "sroi-button-link",
        className,
      )}
      {...props}
    />
  );
}
