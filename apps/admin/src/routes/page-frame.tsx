// Beheer's page frame before anything is known of who is logged in: the entry script (main.tsx)
// shows it at once, while the layout with Apollo Client and the session loads. Without a login
// the layout shows no navigation either, so on the login page nothing moves when it arrives.
import { Loading, Page } from "@sroi/ui";

/** Where Beheer is served */
export const BASENAME = "/admin";
export const APP_NAME = "Beheer";

export function PageFrame() {
  return (
    <Page appName={APP_NAME} navigation={[]}>
      <Loading />
    </Page>
  );
}
