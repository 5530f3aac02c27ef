import "@sroi/ui/styles.css";
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
import { BASENAME, PageFrame } from "./routes/page-frame";

const path = (appPath: string) => appPath.slice(1);

// Everything that needs Apollo Client (the layout with who is logged in, the session's routes, the
// pages) is loaded with its route, so the entry script holds React, the router and the page frame
// only; the frame shows while the layout loads. See docs/quality.md.
const session = () => import("./routes/login-session");

const router = createBrowserRouter(
  [
    {
      HydrateFallback: PageFrame,
      lazy: () => import("./routes/layout").then((m) => ({ Component: m.Layout })),
      ErrorBoundary: RouteError,
      children: [
        {
          // Errors of a page show inside the layout, with the navigation still there.
          ErrorBoundary: RouteError,
          children: [
            {
              index: true,
              lazy: () => import("./routes/home").then((m) => ({ Component: m.HomePage })),
            },
            {
              path: "rekenhulp",
              HydrateFallback: Loading,
              lazy: () =>
                import("./routes/rekenhulp").then((m) => ({
                  loader: m.loader,
                  shouldRevalidate: m.shouldRevalidate,
                  Component: m.RekenhulpPage,
                })),
            },
            {
              path: "bouwblokken",
              HydrateFallback: Loading,
              lazy: () =>
                import("./routes/blocks").then((m) => ({
                  loader: m.loader,
                  Component: m.BlocksPage,
                })),
            },
            {
              path: "gemeenten",
              HydrateFallback: Loading,
              lazy: () =>
                import("./gemeente/municipalities").then((m) => ({
                  loader: m.loader,
                  Component: m.MunicipalitiesPage,
                })),
            },
            {
              path: "gemeenten/:slug",
              HydrateFallback: Loading,
              lazy: () =>
                import("./gemeente/municipality-page").then((m) => ({
                  loader: m.loader,
                  Component: m.MunicipalityPage,
                })),
            },
            {
              path: path(LOGIN_PATH),
              lazy: () => session().then((m) => ({ Component: m.LoginRoute })),
            },
            {
              path: path(FORGOT_PASSWORD_PATH),
              lazy: () => session().then((m) => ({ Component: m.ForgotPasswordRoute })),
            },
            {
              path: path(CHOOSE_PASSWORD_PATH),
              lazy: () => session().then((m) => ({ Component: m.ChoosePasswordRoute })),
            },
            {
              // Pages for a logged-in contractor: the guard sends others to the login page.
              lazy: () =>
                session().then((m) => ({ loader: m.requireLogin, Component: m.LoginGuard })),
              HydrateFallback: Loading,
              children: [
                {
                  path: "opdrachten",
                  HydrateFallback: Loading,
                  lazy: () =>
                    import("./routes/contracts").then((m) => ({
                      loader: m.loader,
                      Component: m.ContractsPage,
                    })),
                },
                {
                  path: "opdrachten/:id",
                  HydrateFallback: Loading,
                  lazy: () =>
                    import("./routes/contract").then((m) => ({
                      loader: m.loader,
                      Component: m.ContractPage,
                    })),
                },
                {
                  path: "opdrachten/:id/plan",
                  HydrateFallback: Loading,
                  lazy: () =>
                    import("./routes/plan").then((m) => ({
                      loader: m.loader,
                      Component: m.PlanPage,
                    })),
                },
                {
                  path: "opdrachten/:id/plan/versies",
                  HydrateFallback: Loading,
                  lazy: () =>
                    import("./routes/plan-versions").then((m) => ({
                      loader: m.loader,
                      Component: m.PlanVersionsPage,
                    })),
                },
                {
                  path: "opdrachten/:id/plan/versies/:planId",
                  HydrateFallback: Loading,
                  lazy: () =>
                    import("./routes/plan-version").then((m) => ({
                      loader: m.loader,
                      Component: m.PlanVersionPage,
                    })),
                },
                {
                  path: "opdrachten/:id/plan/vergelijk",
                  HydrateFallback: Loading,
                  lazy: () =>
                    import("./routes/plan-compare").then((m) => ({
                      loader: m.loader,
                      Component: m.PlanComparePage,
                    })),
                },
                {
                  path: "opdrachten/:id/verantwoording/nieuw",
                  HydrateFallback: Loading,
                  lazy: () =>
                    import("./routes/realisation-new").then((m) => ({
                      loader: m.loader,
                      Component: m.NewRealisationPage,
                    })),
                },
                {
                  path: "opdrachten/:id/verantwoording/importeren",
                  HydrateFallback: Loading,
                  lazy: () =>
                    import("./routes/realisation-import").then((m) => ({
                      loader: m.loader,
                      Component: m.ImportRealisationsPage,
                    })),
                },
                {
                  path: "opdrachten/:id/verantwoording/:realisationId",
                  HydrateFallback: Loading,
                  lazy: () =>
                    import("./routes/realisation").then((m) => ({
                      loader: m.loader,
                      Component: m.RealisationPage,
                    })),
                },
                {
                  path: "opdrachten/:id/verantwoording/:realisationId/corrigeren",
                  // The same query as the realisation's page: the realisation with its contract
                  HydrateFallback: Loading,
                  lazy: {
                    loader: () => import("./routes/realisation").then((m) => m.loader),
                    Component: () =>
                      import("./routes/realisation-correct").then((m) => m.CorrectRealisationPage),
                  },
                },
                {
                  path: "collegas",
                  HydrateFallback: Loading,
                  lazy: () =>
                    import("./routes/colleagues").then((m) => ({
                      loader: m.loader,
                      Component: m.ColleaguesPage,
                    })),
                },
                {
                  path: "pso",
                  HydrateFallback: Loading,
                  lazy: () =>
                    import("./routes/pso").then((m) => ({
                      loader: m.loader,
                      Component: m.PsoPage,
                    })),
                },
                {
                  path: path(ACCOUNT_PATH),
                  lazy: () => session().then((m) => ({ Component: m.AccountRoute })),
                },
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
    <RouterProvider router={router} />
  </StrictMode>,
);
