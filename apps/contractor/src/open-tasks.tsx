// What the contractor has to do on a contract now, and what was rejected, in words: on each card
// of Mijn opdrachten and at the top of the contract page. The API decides what is open
// (Contract.openTasks); this only says it.
import { formatDate } from "@sroi/domain";
import { Link } from "@sroi/ui";
import { carrierName } from "./carrier";
import { graphql } from "./gql";
import type { PortalOpenTasksFragment } from "./gql/graphql";

export const OpenTasksFields = graphql(`
  fragment PortalOpenTasks on Contract {
    id
    municipality {
      name
      carriedOutBy {
        id
        name
      }
    }
    openTasks {
      upcomingReportDue
      tasks {
        kind
        dueDate
        overdue
        periodFrom
        periodThrough
        realisationId
        reason
      }
    }
  }
`);

type Task = PortalOpenTasksFragment["openTasks"]["tasks"][number];

/** The due date; an overdue task already starts with "Te laat." */
function deadline(task: Task) {
  return task.dueDate ? `, uiterlijk ${formatDate(task.dueDate)}` : "";
}

function describe(
  task: Task,
  contractPath: string,
  carrier: string,
): { text: string; to: string; link: string } {
  switch (task.kind) {
    case "CONTACT":
      return {
        text: `Neem contact op met ${carrier}${deadline(task)}.`,
        to: `${contractPath}#contact`,
        link: "Naar contact",
      };
    case "SUBMIT_PLAN":
      return {
        text: "Stel het plan van aanpak op en dien het in.",
        to: `${contractPath}/plan`,
        link: "Naar het plan van aanpak",
      };
    case "REVISE_PLAN":
      return {
        text: `${carrier} vraagt om wijzigingen in uw plan van aanpak.`,
        to: `${contractPath}/plan`,
        link: "Naar het plan van aanpak",
      };
    case "REPORT":
      return {
        text: `Verantwoord wat u realiseerde van ${formatDate(task.periodFrom ?? "")} tot en met ${formatDate(task.periodThrough ?? "")}${deadline(task)}.`,
        to: `${contractPath}/verantwoording/nieuw`,
        link: "Realisatie toevoegen",
      };
    case "CORRECT_REALISATION":
      return {
        text: `${carrier} wees een verantwoording af${task.reason ? `: “${task.reason}”` : ""}.`,
        to: `${contractPath}/verantwoording/${encodeURIComponent(task.realisationId ?? "")}/corrigeren`,
        link: "Corrigeren",
      };
  }
}

/** The tasks as a list, overdue first; "Niets te doen" with the next report when none is open. */
export function OpenTasks({
  contract,
  headingId,
}: {
  contract: PortalOpenTasksFragment;
  /** the element that names the list */
  headingId: string;
}) {
  const contractPath = `/opdrachten/${encodeURIComponent(contract.id)}`;
  const { tasks, upcomingReportDue } = contract.openTasks;
  const carrier = carrierName(contract.municipality);
  if (tasks.length === 0) {
    return (
      <p className="utrecht-paragraph sroi-open-tasks__none">
        Niets te doen.
        {upcomingReportDue
          ? ` Volgende verantwoording uiterlijk ${formatDate(upcomingReportDue)}.`
          : ""}
      </p>
    );
  }
  return (
    <ul className="sroi-open-tasks" aria-labelledby={headingId}>
      {tasks.map((task) => {
        const { text, to, link } = describe(task, contractPath, carrier);
        return (
          <li
            key={`${task.kind}-${task.dueDate ?? ""}-${task.realisationId ?? ""}`}
            className={task.overdue ? "sroi-open-tasks__overdue" : undefined}
            data-task={task.kind}
          >
            {task.overdue ? <strong>Te laat. </strong> : null}
            {text} <Link to={to}>{link}</Link>
          </li>
        );
      })}
    </ul>
  );
}
