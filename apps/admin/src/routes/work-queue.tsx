// Te doen: where staff start. Every queue of the contracts they manage with its count, the longest
// waiting first, each item linking to the page where it is done. "Volgende" after a review comes
// back through nextItemLoader, which opens the next item of the same queue.
import { useReadQuery } from "@apollo/client/react";
import { formatDate } from "@sroi/domain";
import { EmptyState, Heading, Link, PageTitle, Paragraph } from "@sroi/ui";
import { type LoaderFunctionArgs, redirect, useLoaderData } from "react-router";
import { client, preloadQuery } from "../apollo";
import { graphql } from "../gql";
import "./work-queue.css";
import type { StaffQueueKind, WorkQueuePageQuery } from "../gql/graphql";

const WorkQueueQuery = graphql(`
  query WorkQueuePage {
    me {
      id
      workQueue {
        openTaskCount
        staff {
          kind
          count
          items {
            contractId
            catalogueKey
            reference
            title
            contractorName
            subjectId
            date
          }
        }
      }
    }
  }
`);

type Item = NonNullable<WorkQueuePageQuery["me"]>["workQueue"]["staff"][number]["items"][number];

interface QueueText {
  heading: string;
  /** what the date of an item means */
  dateLabel: string;
  /** the list where these are done together, when there is one */
  list?: { to: string; label: string };
  /** the word in a "Volgende" path */
  slug: string;
}

export const QUEUE_TEXTS: Record<StaffQueueKind, QueueText> = {
  INTAKES_TO_CONFIRM: {
    heading: "Intakes te bevestigen",
    dateLabel: "contact opgenomen op",
    slug: "intake",
  },
  PLANS_TO_REVIEW: {
    heading: "Plannen van aanpak te beoordelen",
    dateLabel: "ingediend op",
    list: { to: "/opdrachten?te-beoordelen=ja", label: "Alle opdrachten met iets te beoordelen" },
    slug: "plan",
  },
  REALISATIONS_TO_REVIEW: {
    heading: "Verantwoordingen te beoordelen",
    dateLabel: "ingediend op",
    list: { to: "/opdrachten?te-beoordelen=ja", label: "Alle opdrachten met iets te beoordelen" },
    slug: "verantwoording",
  },
  CONTACTS_OVERDUE: {
    heading: "Contact te laat",
    dateLabel: "uiterlijk",
    list: { to: "/opdrachten?te-laat=ja", label: "Alle opdrachten waarvan het contact te laat is" },
    slug: "contact",
  },
  REPORTS_OVERDUE: {
    heading: "Rapportages te laat",
    dateLabel: "uiterlijk",
    slug: "rapportage",
  },
  ASSESSMENTS_DUE: {
    heading: "Eindbeoordelingen te doen",
    dateLabel: "einddatum",
    slug: "eindbeoordeling",
  },
  CATALOGUES_TO_PUBLISH: {
    heading: "Bouwblokkenmodellen te publiceren",
    dateLabel: "voorgesteld op",
    slug: "bouwblokkenmodel",
  },
  IDEAS_TO_ANSWER: {
    heading: "Vragen en ideeën te beantwoorden",
    dateLabel: "binnengekomen op",
    slug: "vraag-of-idee",
  },
};

/** Where an item of a queue is done. */
export function itemPath(
  kind: StaffQueueKind,
  item: Pick<Item, "contractId" | "catalogueKey" | "subjectId">,
) {
  if (item.catalogueKey) return `/catalogi/${encodeURIComponent(item.catalogueKey)}`;
  if (kind === "IDEAS_TO_ANSWER") return `/ideeen/${encodeURIComponent(item.subjectId ?? "")}`;
  const contract = `/opdrachten/${encodeURIComponent(item.contractId ?? "")}`;
  switch (kind) {
    case "PLANS_TO_REVIEW":
      return `${contract}/plan`;
    case "REALISATIONS_TO_REVIEW":
      return item.subjectId
        ? `${contract}/verantwoording/${encodeURIComponent(item.subjectId)}`
        : `${contract}#verantwoording`;
    case "ASSESSMENTS_DUE":
      return `${contract}/eindbeoordeling`;
    case "REPORTS_OVERDUE":
      return `${contract}#voortgang`;
    default:
      return `${contract}#contact`;
  }
}

/** The path of "Volgende" after an item of a queue was dealt with. */
export function nextItemPath(kind: StaffQueueKind, doneId: string) {
  return `/te-doen/volgende/${QUEUE_TEXTS[kind].slug}?na=${encodeURIComponent(doneId)}`;
}

export function loader(_: LoaderFunctionArgs) {
  return preloadQuery.toPromise(preloadQuery(WorkQueueQuery, { fetchPolicy: "network-only" }));
}

/** Opens the next item of a queue: the first one other than the item just dealt with. */
export async function nextItemLoader({ params, request }: LoaderFunctionArgs) {
  const kind = (Object.keys(QUEUE_TEXTS) as StaffQueueKind[]).find(
    (k) => QUEUE_TEXTS[k].slug === params.queue,
  );
  const done = new URL(request.url).searchParams.get("na");
  const { data } = await client.query({ query: WorkQueueQuery, fetchPolicy: "network-only" });
  const queue = data?.me?.workQueue.staff.find((q) => q.kind === kind);
  const next = queue?.items.find((item) => item.subjectId !== done && item.contractId !== done);
  // An empty queue leads back to the overview at that queue, which then says "Niets open."
  if (!kind || !next) return redirect(kind ? `/te-doen#${QUEUE_TEXTS[kind].slug}` : "/te-doen");
  return redirect(itemPath(kind, next));
}

export function WorkQueuePage() {
  const { data } = useReadQuery(useLoaderData<typeof loader>());
  const queues = data.me?.workQueue.staff ?? [];
  const total = data.me?.workQueue.openTaskCount ?? 0;
  return (
    <>
      <PageTitle>Te doen</PageTitle>
      <Heading level={1}>Te doen</Heading>
      <Paragraph lead>
        {total === 0
          ? "Er staat niets voor u open bij de opdrachten die u beheert."
          : `${total} ${total === 1 ? "taak staat" : "taken staan"} open bij de opdrachten die u beheert. Wie het langst wacht, staat bovenaan.`}
      </Paragraph>
      {queues.length === 0 ? (
        <EmptyState>
          U beheert geen opdrachten. <Link to="/opdrachten">Bekijk de opdrachten</Link> die u mag
          inzien.
        </EmptyState>
      ) : (
        <nav aria-label="Takenlijsten">
          <ul className="sroi-work-queue__summary">
            {queues.map((queue) => (
              <li key={queue.kind}>
                <a className="utrecht-link" href={`#${QUEUE_TEXTS[queue.kind].slug}`}>
                  {QUEUE_TEXTS[queue.kind].heading}: <strong>{queue.count}</strong>
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {queues.map((queue) => {
        const text = QUEUE_TEXTS[queue.kind];
        return (
          <section key={queue.kind} aria-labelledby={text.slug} className="sroi-work-queue">
            <Heading level={2} id={text.slug}>
              {text.heading} ({queue.count})
            </Heading>
            {queue.items.length === 0 ? (
              <Paragraph>Niets open.</Paragraph>
            ) : (
              <ul className="sroi-work-queue__items">
                {queue.items.map((item) => (
                  <li
                    key={`${item.contractId ?? item.catalogueKey ?? ""}-${item.subjectId ?? item.date ?? ""}`}
                  >
                    <Link to={itemPath(queue.kind, item)}>
                      <span className="sroi-code">{item.reference}</span> {item.title}
                    </Link>{" "}
                    <span className="sroi-cell-note">
                      {item.contractorName}
                      {item.date ? ` · ${text.dateLabel} ${formatDate(item.date)}` : ""}
                    </span>
                  </li>
                ))}
              </ul>
            )}
            {text.list && queue.count > 0 ? (
              <Paragraph>
                <Link to={text.list.to}>{text.list.label}</Link>
              </Paragraph>
            ) : null}
          </section>
        );
      })}
    </>
  );
}
