import { Page } from "@sroi/ui";
import { Outlet, useNavigation } from "react-router";

const NAVIGATION = [{ to: "/catalogi", label: "Bouwblokkenmodellen" }];

export function Layout() {
  const navigation = useNavigation();
  return (
    <Page appName="Beheer" navigation={NAVIGATION} busy={navigation.state === "loading"}>
      <Outlet />
    </Page>
  );
}
