import { Page } from "@sroi/ui";
import { Outlet, ScrollRestoration, useNavigation } from "react-router";

const NAVIGATION = [
  { to: "/", label: "Start", end: true },
  { to: "/bouwblokken", label: "Bouwblokken" },
];

export function Layout() {
  const navigation = useNavigation();
  return (
    <Page appName="Portaal" navigation={NAVIGATION} busy={navigation.state === "loading"}>
      <Outlet />
      <ScrollRestoration />
    </Page>
  );
}
