import "@sroi/ui/styles.css";
import { ApolloProvider } from "@apollo/client/react";
import { Loading, NotFound, RouteError } from "@sroi/ui";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { createBrowserRouter, Navigate } from "react-router";
import { RouterProvider } from "react-router/dom";
import { client } from "./apollo";
import { CatalogueVersionPage, loader as catalogueVersionLoader } from "./routes/catalogue-version";
import { CataloguesPage, loader as cataloguesLoader } from "./routes/catalogues";
import { Layout } from "./routes/layout";

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
            { index: true, element: <Navigate to="/catalogi" replace /> },
            {
              path: "catalogi",
              loader: cataloguesLoader,
              Component: CataloguesPage,
              HydrateFallback: Loading,
            },
            {
              path: "catalogi/:key",
              loader: catalogueVersionLoader,
              Component: CatalogueVersionPage,
              HydrateFallback: Loading,
            },
            { path: "*", Component: NotFound },
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
