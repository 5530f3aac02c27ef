import "@sroi/ui/styles.css";
import { Loading, NotFound, RouteError } from "@sroi/ui";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { createBrowserRouter, Navigate } from "react-router";
import { RouterProvider } from "react-router/dom";
import { BASENAME, PageFrame } from "./routes/page-frame";

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
              path: "inloggen",
              lazy: () => session().then((m) => ({ Component: m.LoginRoute })),
            },
            {
              path: "wachtwoord-vergeten",
              lazy: () => session().then((m) => ({ Component: m.ForgotPasswordRoute })),
            },
            {
              path: "wachtwoord",
              lazy: () => session().then((m) => ({ Component: m.ChoosePasswordRoute })),
            },
            {
              // Everything else needs a login by staff (routes/login-session.tsx).
              lazy: () =>
                session().then((m) => ({ loader: m.requireLogin, Component: m.LoginGuard })),
              HydrateFallback: Loading,
              children: [
                {
                  path: "account",
                  lazy: () => session().then((m) => ({ Component: m.AccountRoute })),
                },
                // Staff start on what waits for them.
                { index: true, element: <Navigate to="/te-doen" replace /> },
                {
                  path: "te-doen",
                  HydrateFallback: Loading,
                  lazy: () =>
                    import("./routes/work-queue").then((m) => ({
                      loader: m.loader,
                      Component: m.WorkQueuePage,
                    })),
                },
                {
                  path: "te-doen/volgende/:queue",
                  lazy: () =>
                    import("./routes/work-queue").then((m) => ({ loader: m.nextItemLoader })),
                },
                {
                  path: "ideeen/:id",
                  HydrateFallback: Loading,
                  lazy: () =>
                    import("./routes/idea").then((m) => ({
                      loader: m.loader,
                      Component: m.IdeaPage,
                    })),
                },
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
                  path: "opdrachten/nieuw",
                  HydrateFallback: Loading,
                  lazy: () =>
                    import("./routes/contract-new").then((m) => ({
                      loader: m.loader,
                      Component: m.NewContractPage,
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
                  path: "opdrachten/:id/verantwoording/:realisationId",
                  HydrateFallback: Loading,
                  lazy: () =>
                    import("./routes/realisation").then((m) => ({
                      loader: m.loader,
                      Component: m.RealisationReviewPage,
                    })),
                },
                {
                  path: "opdrachten/:id/corrigeren",
                  HydrateFallback: Loading,
                  lazy: () =>
                    import("./routes/contract-correct").then((m) => ({
                      loader: m.loader,
                      Component: m.CorrectContractPage,
                    })),
                },
                {
                  path: "opdrachten/:id/plan",
                  HydrateFallback: Loading,
                  lazy: () =>
                    import("./routes/plan").then((m) => ({
                      loader: m.loader,
                      Component: m.PlanReviewPage,
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
                  path: "opdrachten/:id/eindbeoordeling",
                  HydrateFallback: Loading,
                  lazy: () =>
                    import("./routes/contract-assessment").then((m) => ({
                      loader: m.loader,
                      Component: m.ContractAssessmentPage,
                    })),
                },
                {
                  path: "organisaties",
                  HydrateFallback: Loading,
                  lazy: () =>
                    import("./routes/organisations").then((m) => ({
                      loader: m.loader,
                      Component: m.OrganisationsPage,
                    })),
                },
                {
                  path: "organisaties/regios",
                  HydrateFallback: Loading,
                  lazy: () =>
                    import("./routes/organisation-tree").then((m) => ({
                      loader: m.loader,
                      Component: m.OrganisationTreePage,
                    })),
                },
                {
                  path: "organisaties/regios/:code/uitvoering",
                  HydrateFallback: Loading,
                  lazy: () =>
                    import("./routes/municipality-carrier").then((m) => ({
                      loader: m.loader,
                      Component: m.MunicipalityCarrierPage,
                    })),
                },
                {
                  path: "medewerkers",
                  HydrateFallback: Loading,
                  lazy: () =>
                    import("./routes/staff").then((m) => ({
                      loader: m.loader,
                      Component: m.StaffPage,
                    })),
                },
                {
                  path: "meldingen",
                  HydrateFallback: Loading,
                  lazy: () =>
                    import("./routes/notice-preferences").then((m) => ({
                      loader: m.loader,
                      Component: m.NoticePreferencesPage,
                    })),
                },
                {
                  path: "kandidaten",
                  HydrateFallback: Loading,
                  lazy: () =>
                    import("./candidates/list-page").then((m) => ({
                      loader: m.loader,
                      Component: m.CandidatesPage,
                    })),
                },
                {
                  path: "kandidaten/nieuw",
                  HydrateFallback: Loading,
                  lazy: () =>
                    import("./candidates/new-page").then((m) => ({
                      loader: m.loader,
                      Component: m.NewCandidatePage,
                    })),
                },
                {
                  path: "kandidaten/:id",
                  HydrateFallback: Loading,
                  lazy: () =>
                    import("./candidates/candidate-page").then((m) => ({
                      loader: m.loader,
                      Component: m.CandidatePage,
                    })),
                },
                {
                  path: "audit",
                  HydrateFallback: Loading,
                  lazy: () =>
                    import("./routes/audit").then((m) => ({
                      loader: m.loader,
                      Component: m.AuditPage,
                    })),
                },
                {
                  path: "catalogi",
                  HydrateFallback: Loading,
                  lazy: () =>
                    import("./routes/catalogues").then((m) => ({
                      loader: m.loader,
                      Component: m.CataloguesPage,
                    })),
                },
                {
                  path: "catalogi/nieuw",
                  HydrateFallback: Loading,
                  lazy: () =>
                    import("./routes/catalogue-new").then((m) => ({
                      loader: m.loader,
                      Component: m.NewCatalogueVersionPage,
                    })),
                },
                {
                  path: "catalogi/importeren",
                  HydrateFallback: Loading,
                  lazy: () =>
                    import("./routes/catalogue-import").then((m) => ({
                      loader: m.loader,
                      Component: m.ImportCataloguePage,
                    })),
                },
                {
                  path: "catalogi/vergelijk",
                  HydrateFallback: Loading,
                  lazy: () =>
                    import("./routes/catalogue-compare").then((m) => ({
                      loader: m.loader,
                      Component: m.CatalogueComparePage,
                    })),
                },
                {
                  path: "catalogi/:key",
                  HydrateFallback: Loading,
                  lazy: () =>
                    import("./routes/catalogue-version").then((m) => ({
                      loader: m.loader,
                      Component: m.CatalogueVersionPage,
                    })),
                },
                {
                  path: "catalogi/:key/bouwblokken/nieuw",
                  HydrateFallback: Loading,
                  lazy: () =>
                    import("./routes/catalogue-item").then((m) => ({
                      loader: m.loader,
                      element: <m.CatalogueItemPage kind="block" />,
                    })),
                },
                {
                  path: "catalogi/:key/bouwblokken/:code",
                  HydrateFallback: Loading,
                  lazy: () =>
                    import("./routes/catalogue-item").then((m) => ({
                      loader: m.loader,
                      element: <m.CatalogueItemPage kind="block" />,
                    })),
                },
                {
                  path: "catalogi/:key/toeslagen/nieuw",
                  HydrateFallback: Loading,
                  lazy: () =>
                    import("./routes/catalogue-item").then((m) => ({
                      loader: m.loader,
                      element: <m.CatalogueItemPage kind="bonus" />,
                    })),
                },
                {
                  path: "catalogi/:key/toeslagen/:code",
                  HydrateFallback: Loading,
                  lazy: () =>
                    import("./routes/catalogue-item").then((m) => ({
                      loader: m.loader,
                      element: <m.CatalogueItemPage kind="bonus" />,
                    })),
                },
                {
                  path: "beleid",
                  HydrateFallback: Loading,
                  lazy: () =>
                    import("./routes/policies").then((m) => ({
                      loader: m.loader,
                      Component: m.PoliciesPage,
                    })),
                },
                {
                  path: "beleid/brief/:code",
                  HydrateFallback: Loading,
                  lazy: () =>
                    import("./routes/municipality-letter").then((m) => ({
                      loader: m.loader,
                      Component: m.MunicipalityLetterPage,
                    })),
                },
                {
                  path: "beleid/pagina/:slug",
                  HydrateFallback: Loading,
                  lazy: () =>
                    import("./routes/municipality-page-editor").then((m) => ({
                      loader: m.loader,
                      Component: m.MunicipalityPageEditor,
                    })),
                },
                {
                  path: "beleid/vergelijk",
                  HydrateFallback: Loading,
                  lazy: () =>
                    import("./routes/policy-compare").then((m) => ({
                      loader: m.loader,
                      Component: m.PolicyComparePage,
                    })),
                },
                {
                  path: "beleid/:id",
                  HydrateFallback: Loading,
                  lazy: () =>
                    import("./routes/policy").then((m) => ({
                      loader: m.loader,
                      Component: m.PolicyPage,
                    })),
                },
                {
                  path: "beleid/:id/bewerken",
                  HydrateFallback: Loading,
                  lazy: () =>
                    import("./routes/policy-edit").then((m) => ({
                      loader: m.loader,
                      Component: m.PolicyEditPage,
                    })),
                },
                { path: "*", Component: NotFound },
              ],
            },
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
