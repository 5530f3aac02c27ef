import "@sroi/ui/styles.css";
import { ApolloProvider } from "@apollo/client/react";
import { Loading, NotFound, RouteError } from "@sroi/ui";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { createBrowserRouter } from "react-router";
import { RouterProvider } from "react-router/dom";
import { client } from "./apollo";
import { BlocksPage, loader as blocksLoader } from "./routes/blocks";
import { HomePage } from "./routes/home";
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
            { index: true, Component: HomePage },
            {
              path: "bouwblokken",
              loader: blocksLoader,
              Component: BlocksPage,
              HydrateFallback: Loading,
            },
            { path: "*", Component: NotFound },
          ],
        },
      ],
    },
  ],
  { basename: "/portal" },
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
