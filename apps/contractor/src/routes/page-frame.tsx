// The portal's page frame before anything is known of who is logged in: the entry script
// (main.tsx) shows it at once, while the layout with Apollo Client and the session loads, so the
// header and navigation stand where the layout will draw them.
import { Loading, Page } from "@sroi/ui";

/** Where the portal is served */
export const BASENAME = "/portal";
export const APP_NAME = "Portaal";

/** The pages everyone can open */
export const PUBLIC_NAVIGATION = [
  { to: "/", label: "Start", end: true },
  { to: "/rekenhulp", label: "Rekenhulp" },
  { to: "/bouwblokken", label: "Bouwblokken" },
  { to: "/gemeenten", label: "Gemeenten" },
];

export function contractsItem(openTasks?: number) {
  return {
    to: "/opdrachten",
    // The count in words ("2 te doen"), not a coloured badge only.
    label: openTasks ? `Mijn opdrachten (${openTasks} te doen)` : "Mijn opdrachten",
  };
}

export function PageFrame() {
  return (
    <Page appName={APP_NAME} navigation={[...PUBLIC_NAVIGATION, contractsItem()]}>
      <Loading />
    </Page>
  );
}
