// Which gemeenten the person logged in may see and change. The API answers that per contract but
// has no field for the list itself, so it is derived from the person's memberships: a gemeente
// team covers its own gemeente, any organisation the gemeenten whose social return it carries out
// (Municipality.carriedOutBy), a platform admin all of them.
import type { Role } from "@sroi/domain";
import { graphql } from "./gql";
import type { ViewerScopeFragment } from "./gql/graphql";

// Pages spread it into their query as "...ViewerScope".
export const ViewerScopeFields = graphql(`
  fragment ViewerScope on Query {
    me {
      id
      name
      roles
      memberships {
        role
        organisation {
          id
        }
      }
    }
    municipalities {
      code
      name
    }
    scopeMunicipalityTeams: organisations(kind: MUNICIPALITY) {
      id
      municipality {
        code
        name
      }
      carriesOut {
        code
        name
      }
    }
    scopeServicePoints: organisations(kind: SERVICE_POINT) {
      id
      carriesOut {
        code
        name
      }
    }
  }
`);

/** The roles the API lets register, correct and move contracts (scope "manager"). */
const MANAGER_ROLES: readonly Role[] = [
  "PLATFORM_ADMIN",
  "MUNICIPALITY_ADMIN",
  "SERVICE_POINT_CONSULTANT",
];

export interface MunicipalityOption {
  code: string;
  name: string;
}

export interface ViewerScope {
  /** May register contracts at all; write actions stay hidden otherwise */
  canManage: boolean;
  /** Gemeenten whose contracts the person sees, by name */
  readable: MunicipalityOption[];
  /** Gemeenten the person may register contracts for, by name */
  manageable: MunicipalityOption[];
}

export function viewerScope(data: ViewerScopeFragment): ViewerScope {
  const me = data.me;
  if (!me) return { canManage: false, readable: [], manageable: [] };
  const canManage = me.roles.some((role) => MANAGER_ROLES.includes(role));
  if (me.roles.includes("PLATFORM_ADMIN")) {
    return { canManage, readable: data.municipalities, manageable: data.municipalities };
  }
  const teams = new Map(data.scopeMunicipalityTeams.map((team) => [team.id, team]));
  const servicePoints = new Map(data.scopeServicePoints.map((wsp) => [wsp.id, wsp]));
  const readable = new Map<string, MunicipalityOption>();
  const manageable = new Map<string, MunicipalityOption>();
  for (const membership of me.memberships) {
    const id = membership.organisation?.id;
    if (!id) continue;
    const team = teams.get(id);
    const covered = [
      ...(team?.municipality ? [team.municipality] : []),
      ...(team?.carriesOut ?? servicePoints.get(id)?.carriesOut ?? []),
    ];
    for (const municipality of covered) {
      const option = { code: municipality.code, name: municipality.name };
      readable.set(option.code, option);
      if (MANAGER_ROLES.includes(membership.role)) manageable.set(option.code, option);
    }
  }
  const byName = (a: MunicipalityOption, b: MunicipalityOption) => a.name.localeCompare(b.name);
  return {
    canManage,
    readable: [...readable.values()].sort(byName),
    manageable: [...manageable.values()].sort(byName),
  };
}
