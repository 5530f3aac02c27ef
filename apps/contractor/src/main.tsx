import "@sroi/ui/styles.css";
import { ApolloProvider } from "@apollo/client/react";
import {
  ACCOUNT_PATH,
  CHOOSE_PASSWORD_PATH,
  FORGOT_PASSWORD_PATH,
  LOGIN_PATH,
  Loading,
  NotFound,
  RouteError,
} from "@sroi/ui";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { createBrowserRouter } from "react-router";
import { RouterProvider } from "react-router/dom";
import { client } from "./apollo";
import { BlocksPage, loader as blocksLoader } from "./routes/blocks";
import { ColleaguesPage, loader as colleaguesLoader } from "./routes/colleagues";
import { ContractPage, loader as contractLoader } from "./routes/contract";
import { ContractsPage, loader as contractsLoader } from "./routes/contracts";
import { HomePage } from "./routes/home";
import { Layout } from "./routes/layout";
import {
  AccountRoute,
  BASENAME,
  ChoosePasswordRoute,
  ForgotPasswordRoute,
  LoginGuard,
  LoginRoute,
  requireLogin,
} from "./routes/login-session";
import { PlanPage, loader as planLoader } from "./routes/plan";
import { PlanComparePage, loader as planCompareLoader } from "./routes/plan-compare";
import { PlanVersionPage, loader as planVersionLoader } from "./routes/plan-version";
import { PlanVersionsPage, loader as planVersionsLoader } from "./routes/plan-versions";
import { PsoPage, loader as psoLoader } from "./routes/pso";
import { RealisationPage, loader as realisationLoader } from "./routes/realisation";
import { CorrectRealisationPage } from "./routes/realisation-correct";
import {
  ImportRealisationsPage,
  loader as importRealisationsLoader,
} from "./routes/realisation-import";
import { NewRealisationPage, loader as newRealisationLoader } from "./routes/realisation-new";
import {
  RekenhulpPage,
  loader as rekenhulpLoader,
  shouldRevalidate as rekenhulpShouldRevalidate,
} from "./routes/rekenhulp";

const path = (appPath: string) => appPath.slice(1);

const router = createBrowserRouter(
  [
    {
      Component: Layout,
      ErrorBoundary: RouteError,
      children: [
        {
          // Errors of a page show inside the layout, with the navigation still there.
          ErrorBoundary: RouteError,
          children: [
            { index: true, Component: HomePage },
            {
              path: "rekenhulp",
              loader: rekenhulpLoader,
              shouldRevalidate: rekenhulpShouldRevalidate,
              Component: RekenhulpPage,
              HydrateFallback: Loading,
            },
            {
              path: "bouwblokken",
              loader: blocksLoader,
              Component: BlocksPage,
              HydrateFallback: Loading,
            },
            { path: path(LOGIN_PATH), Component: LoginRoute },
            { path: path(FORGOT_PASSWORD_PATH), Component: ForgotPasswordRoute },
            { path: path(CHOOSE_PASSWORD_PATH), Component: ChoosePasswordRoute },
            {
              // Pages for a logged-in contractor: the guard sends others to the login page.
              loader: requireLogin,
              Component: LoginGuard,
              HydrateFallback: Loading,
              children: [
                {
                  path: "opdrachten",
                  loader: contractsLoader,
                  Component: ContractsPage,
                  HydrateFallback: Loading,
                },
                {
                  path: "opdrachten/:id",
                  loader: contractLoader,
                  Component: ContractPage,
                  HydrateFallback: Loading,
                },
                {
                  path: "opdrachten/:id/plan",
                  loader: planLoader,
                  Component: PlanPage,
                  HydrateFallback: Loading,
                },
                {
                  path: "opdrachten/:id/plan/versies",
                  loader: planVersionsLoader,
                  Component: PlanVersionsPage,
                  HydrateFallback: Loading,
                },
                {
                  path: "opdrachten/:id/plan/versies/:planId",
                  loader: planVersionLoader,
                  Component: PlanVersionPage,
                  HydrateFallback: Loading,
                },
                {
                  path: "opdrachten/:id/plan/vergelijk",
                  loader: planCompareLoader,
                  Component: PlanComparePage,
                  HydrateFallback: Loading,
                },
                {
                  path: "opdrachten/:id/verantwoording/nieuw",
                  loader: newRealisationLoader,
                  Component: NewRealisationPage,
                  HydrateFallback: Loading,
                },
                {
                  path: "opdrachten/:id/verantwoording/importeren",
                  loader: importRealisationsLoader,
                  Component: ImportRealisationsPage,
                  HydrateFallback: Loading,
                },
                {
                  path: "opdrachten/:id/verantwoording/:realisationId",
                  loader: realisationLoader,
                  Component: RealisationPage,
                  HydrateFallback: Loading,
                },
                {
                  path: "opdrachten/:id/verantwoording/:realisationId/corrigeren",
                  // The same query as the realisation's page: the realisation with its contract
                  loader: realisationLoader,
                  Component: CorrectRealisationPage,
                  HydrateFallback: Loading,
                },
                {
                  path: "collegas",
                  loader: colleaguesLoader,
                  Component: ColleaguesPage,
                  HydrateFallback: Loading,
                },
                { path: "pso", loader: psoLoader, Component: PsoPage, HydrateFallback: Loading },
                { path: path(ACCOUNT_PATH), Component: AccountRoute },
              ],
            },
            { path: "*", Component: NotFound },
          ],
        },
      ],
    },
  ],
  { basename: BASENAME },
);

const root = document.getElementById("root");
if (!root) throw new Error('index.html has no element with id "root"');
createRoot(root).render(
  <StrictMode>
    <ApolloProvider client={client}>
      <RouterProvider router={router} />
    </ApolloProvider>
  </StrictMode>,
);
