// One contract's audit trail, newest first: when, who, what, and each changed field before → after.
import { EmptyState, formatDateTime, VisuallyHidden } from "@sroi/ui";
import { graphql } from "../gql";
import type { AuditEntryFragment } from "../gql/graphql";
import { type Change, type DescribeOptions, describeAction, describeChanges } from "./describe";

// Spread as "...AuditEntry" wherever events are shown.
export const AuditEntryFields = graphql(`
  fragment AuditEntry on AuditEvent {
    id
    at
    actorEmail
    action
    entityType
    before
    after
  }
`);

export function AuditTrail({
  events,
  headingLevel = 3,
  ...options
}: { events: AuditEntryFragment[]; headingLevel?: 3 | 4 } & DescribeOptions) {
  if (events.length === 0) return <EmptyState>Er is nog niets vastgelegd.</EmptyState>;
  const Heading = `h${headingLevel}` as const;
  return (
    <ol className="sroi-timeline">
      {events.map((event) => (
        <li key={event.id} className="sroi-timeline__entry">
          <Heading className={`utrecht-heading-${headingLevel}`}>
            {describeAction(event.action)}
          </Heading>
          <p className="utrecht-paragraph sroi-timeline__meta">
            <time dateTime={event.at}>{formatDateTime(event.at)}</time>
            {" door "}
            {event.actorEmail ?? "het platform"}
          </p>
          <Changes changes={describeChanges(event.before, event.after, options)} />
        </li>
      ))}
    </ol>
  );
}

export function Changes({ changes }: { changes: Change[] }) {
  if (changes.length === 0) return null;
  return (
    <ul className="sroi-changes">
      {changes.map((change) => (
        <li key={change.field}>
          <strong>{change.label}:</strong> <ChangeValues change={change} />
        </li>
      ))}
    </ul>
  );
}

function ChangeValues({ change }: { change: Change }) {
  if (change.before === undefined) return <>{change.after ?? "leeg"}</>;
  if (change.after === undefined) return <>{change.before} (verwijderd)</>;
  return (
    <>
      <VisuallyHidden>was </VisuallyHidden>
      <span className="sroi-changes__old">{change.before}</span>
      <span aria-hidden="true"> → </span>
      <VisuallyHidden>, wordt </VisuallyHidden>
      <span className="sroi-changes__new">{change.after}</span>
    </>
  );
}
