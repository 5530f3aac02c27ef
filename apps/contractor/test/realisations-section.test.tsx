// The portal's Verantwoording section points to a rejected entry only while the API lets the
// contractor correct it: once the contract is closed, "corrigeer haar" was a dead end.
import { ApolloClient, ApolloLink, InMemoryCache } from "@apollo/client";
import { ApolloProvider } from "@apollo/client/react";
import { renderToStaticMarkup } from "react-dom/server";
import { StaticRouter } from "react-router";
import { describe, expect, it } from "vitest";
import type { PortalRealisationsFragment } from "../src/gql/graphql";
import { RealisationsSection } from "../src/realisations/realisations-section";

type Row = PortalRealisationsFragment["realisationConnection"]["edges"][number]["node"];

const rejected = (correct: boolean): Row => ({
  id: "r1",
  blockCode: null,
  maatwerkDescription: "Gastles op het ROC",
  personRef: null,
  supplierName: null,
  startDate: "2026-02-01",
  endDate: null,
  invoiceDate: null,
  value: "0.00",
  status: "REJECTED",
  reviewReason: "Geen bewijs",
  viewerCan: { correct },
});

const contract = (correct: boolean, reportRealisation: boolean): PortalRealisationsFragment => ({
  id: "c1",
  municipality: {
    name: "Haarlem",
    carriedOutBy: { id: "o1", name: "Team Social Return gemeente Haarlem" },
  },
  obligation: { catalogueVersion: null },
  viewerCan: { reportRealisation },
  realisationCounts: { total: 1, submitted: 0, accepted: 0, rejected: 1 },
  realisationConnection: {
    pageInfo: { hasNextPage: false, endCursor: null },
    edges: [{ node: rejected(correct) }],
  },
});

const render = (fragment: PortalRealisationsFragment) =>
  renderToStaticMarkup(
    <ApolloProvider
      client={new ApolloClient({ cache: new InMemoryCache(), link: ApolloLink.empty() })}
    >
      <StaticRouter location="/">
        <RealisationsSection contract={fragment} />
      </StaticRouter>
    </ApolloProvider>,
  );

describe("the portal's Verantwoording section", () => {
  it("asks to correct a rejected entry the contractor may correct", () => {
    expect(render(contract(true, true))).toContain("corrigeer haar");
  });

  it("does not ask to correct what the API would refuse, as on a closed contract", () => {
    const html = render(contract(false, false));
    expect(html).not.toContain("corrigeer");
    expect(html).toContain("u kunt niets meer verantwoorden");
  });
});
