import "@sroi/ui/styles.css";
import { ApolloProvider } from "@apollo/client/react";
import { Loading, NotFound, RouteError } from "@sroi/ui";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { createBrowserRouter, Navigate } from "react-router";
import { RouterProvider } from "react-router/dom";
import { client } from "./apollo";
import { AuditPage, loader as auditLoader } from "./routes/audit";
import { CatalogueComparePage, loader as catalogueCompareLoader } from "./routes/catalogue-compare";
import { ImportCataloguePage, loader as importCatalogueLoader } from "./routes/catalogue-import";
import { CatalogueItemPage, loader as catalogueItemLoader } from "./routes/catalogue-item";
import { NewCatalogueVersionPage, loader as newCatalogueLoader } from "./routes/catalogue-new";
import { CatalogueVersionPage, loader as catalogueVersionLoader } from "./routes/catalogue-version";
import { CataloguesPage, loader as cataloguesLoader } from "./routes/catalogues";
import { ContractPage, loader as contractLoader } from "./routes/contract";
import {
  ContractAssessmentPage,
  loader as contractAssessmentLoader,
} from "./routes/contract-assessment";
import { CorrectContractPage, loader as correctContractLoader } from "./routes/contract-correct";
import { NewContractPage, loader as newContractLoader } from "./routes/contract-new";
import { ContractsPage, loader as contractsLoader } from "./routes/contracts";
import { Layout } from "./routes/layout";
import {
  AccountRoute,
  ChoosePasswordRoute,
  ForgotPasswordRoute,
  LoginGuard,
  LoginRoute,
  requireLogin,
} from "./routes/login-session";
import {
  MunicipalityCarrierPage,
  loader as municipalityCarrierLoader,
} from "./routes/municipality-carrier";
import {
  MunicipalityLetterPage,
  loader as municipalityLetterLoader,
} from "./routes/municipality-letter";
import {
  NoticePreferencesPage,
  loader as noticePreferencesLoader,
} from "./routes/notice-preferences";
import { OrganisationTreePage, loader as organisationTreeLoader } from "./routes/organisation-tree";
import { OrganisationsPage, loader as organisationsLoader } from "./routes/organisations";
import { PlanReviewPage, loader as planReviewLoader } from "./routes/plan";
import { PlanComparePage, loader as planCompareLoader } from "./routes/plan-compare";
import { PlanVersionPage, loader as planVersionLoader } from "./routes/plan-version";
import { PlanVersionsPage, loader as planVersionsLoader } from "./routes/plan-versions";
import { PoliciesPage, loader as policiesLoader } from "./routes/policies";
import { PolicyPage, loader as policyLoader } from "./routes/policy";
import { PolicyComparePage, loader as policyCompareLoader } from "./routes/policy-compare";
import { PolicyEditPage, loader as policyEditLoader } from "./routes/policy-edit";
import { RealisationReviewPage, loader as realisationLoader } from "./routes/realisation";
import { StaffPage, loader as staffLoader } from "./routes/staff";
import { nextItemLoader, WorkQueuePage, loader as workQueueLoader } from "./routes/work-queue";

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
            { path: "inloggen", Component: LoginRoute },
            { path: "wachtwoord-vergeten", Component: ForgotPasswordRoute },
            { path: "wachtwoord", Component: ChoosePasswordRoute },
            {
              // Everything else needs a login by staff (routes/login-session.tsx).
              loader: requireLogin,
              Component: LoginGuard,
              HydrateFallback: Loading,
              children: [
                { path: "account", Component: AccountRoute },
                // Staff start on what waits for them.
                { index: true, element: <Navigate to="/te-doen" replace /> },
                {
                  path: "te-doen",
                  loader: workQueueLoader,
                  Component: WorkQueuePage,
                  HydrateFallback: Loading,
                },
                { path: "te-doen/volgende/:queue", loader: nextItemLoader },
                {
                  path: "opdrachten",
                  loader: contractsLoader,
                  Component: ContractsPage,
                  HydrateFallback: Loading,
                },
                {
                  path: "opdrachten/nieuw",
                  loader: newContractLoader,
                  Component: NewContractPage,
                  HydrateFallback: Loading,
                },
                {
                  path: "opdrachten/:id",
                  loader: contractLoader,
                  Component: ContractPage,
                  HydrateFallback: Loading,
                },
                {
                  path: "opdrachten/:id/verantwoording/:realisationId",
                  loader: realisationLoader,
                  Component: RealisationReviewPage,
                  HydrateFallback: Loading,
                },
                {
                  path: "opdrachten/:id/corrigeren",
                  loader: correctContractLoader,
                  Component: CorrectContractPage,
                  HydrateFallback: Loading,
                },
                {
                  path: "opdrachten/:id/plan",
                  loader: planReviewLoader,
                  Component: PlanReviewPage,
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
                  path: "opdrachten/:id/eindbeoordeling",
                  loader: contractAssessmentLoader,
                  Component: ContractAssessmentPage,
                  HydrateFallback: Loading,
                },
                {
                  path: "organisaties",
                  loader: organisationsLoader,
                  Component: OrganisationsPage,
                  HydrateFallback: Loading,
                },
                {
                  path: "organisaties/regios",
                  loader: organisationTreeLoader,
                  Component: OrganisationTreePage,
                  HydrateFallback: Loading,
                },
                {
                  path: "organisaties/regios/:code/uitvoering",
                  loader: municipalityCarrierLoader,
                  Component: MunicipalityCarrierPage,
                  HydrateFallback: Loading,
                },
                {
                  path: "medewerkers",
                  loader: staffLoader,
                  Component: StaffPage,
                  HydrateFallback: Loading,
                },
                {
                  path: "meldingen",
                  loader: noticePreferencesLoader,
                  Component: NoticePreferencesPage,
                  HydrateFallback: Loading,
                },
                {
                  path: "audit",
                  loader: auditLoader,
                  Component: AuditPage,
                  HydrateFallback: Loading,
                },
                {
                  path: "catalogi",
                  loader: cataloguesLoader,
                  Component: CataloguesPage,
                  HydrateFallback: Loading,
                },
                {
                  path: "catalogi/nieuw",
                  loader: newCatalogueLoader,
                  Component: NewCatalogueVersionPage,
                  HydrateFallback: Loading,
                },
                {
                  path: "catalogi/importeren",
                  loader: importCatalogueLoader,
                  Component: ImportCataloguePage,
                  HydrateFallback: Loading,
                },
                {
                  path: "catalogi/vergelijk",
                  loader: catalogueCompareLoader,
                  Component: CatalogueComparePage,
                  HydrateFallback: Loading,
                },
                {
                  path: "catalogi/:key",
                  loader: catalogueVersionLoader,
                  Component: CatalogueVersionPage,
                  HydrateFallback: Loading,
                },
                {
                  path: "catalogi/:key/bouwblokken/nieuw",
                  loader: catalogueItemLoader,
                  element: <CatalogueItemPage kind="block" />,
                  HydrateFallback: Loading,
                },
                {
                  path: "catalogi/:key/bouwblokken/:code",
                  loader: catalogueItemLoader,
                  element: <CatalogueItemPage kind="block" />,
                  HydrateFallback: Loading,
                },
                {
                  path: "catalogi/:key/toeslagen/nieuw",
                  loader: catalogueItemLoader,
                  element: <CatalogueItemPage kind="bonus" />,
                  HydrateFallback: Loading,
                },
                {
                  path: "catalogi/:key/toeslagen/:code",
                  loader: catalogueItemLoader,
                  element: <CatalogueItemPage kind="bonus" />,
                  HydrateFallback: Loading,
                },
                {
                  path: "beleid",
                  loader: policiesLoader,
                  Component: PoliciesPage,
                  HydrateFallback: Loading,
                },
                {
                  path: "beleid/brief/:code",
                  loader: municipalityLetterLoader,
                  Component: MunicipalityLetterPage,
                  HydrateFallback: Loading,
                },
                {
                  path: "beleid/vergelijk",
                  loader: policyCompareLoader,
                  Component: PolicyComparePage,
                  HydrateFallback: Loading,
                },
                {
                  path: "beleid/:id",
                  loader: policyLoader,
                  Component: PolicyPage,
                  HydrateFallback: Loading,
                },
                {
                  path: "beleid/:id/bewerken",
                  loader: policyEditLoader,
                  Component: PolicyEditPage,
                  HydrateFallback: Loading,
                },
                { path: "*", Component: NotFound },
              ],
            },
          ],
        },
      ],
    },
  ],
  { basename: "/admin" },
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
