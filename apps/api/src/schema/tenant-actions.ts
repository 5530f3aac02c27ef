// What the viewer may do for a gemeente or an organisation, for the apps to show or hide a page or
// a button. As with Contract.viewerCan (contract-actions.ts), each Boolean asks the rule the
// mutation refuses with, so the apps decide nothing from roles themselves.
import { canManagePolicy, registerableDepartments } from "../auth/viewer.js";
import { builder } from "../builder.js";
import { registrationRefusal } from "../services/contracts.js";
import { policyDraftRefusal } from "../services/policies.js";
import { inviteRefusal } from "../services/staff.js";
import { OrganisationSummary } from "./auth.js";

const MunicipalityViewerCan = builder
  .objectRef<{
    registerContract: boolean;
    registerDepartments: string[] | null;
    managePolicy: boolean;
    createPolicyDraft: boolean;
  }>("MunicipalityViewerCan")
  .implement({
    description: "What the viewer may do for the gemeente",
    fields: (t) => ({
      registerContract: t.exposeBoolean("registerContract", {
        description: "Register a contract of this gemeente (registerContract)",
      }),
      registerDepartments: t.exposeStringList("registerDepartments", {
        nullable: true,
        description:
          "The departments whose contracts the viewer registers and corrects here: null for any (the department is then optional), else the department must be one of these (a contract manager's own)",
      }),
      managePolicy: t.exposeBoolean("managePolicy", {
        description:
          "Draft, edit, publish and retire versions of its SR policy (createPolicyDraft and the like)",
      }),
      createPolicyDraft: t.exposeBoolean("createPolicyDraft", {
        description:
          "Start a new version of its SR policy now (createPolicyDraft): false while a draft exists (Municipality.policyDraft)",
      }),
    }),
  });

builder.prismaObjectFields("Municipality", (t) => ({
  viewerCan: t.field({
    type: MunicipalityViewerCan,
    select: {
      id: true,
      name: true,
      policies: { where: { status: "DRAFT" }, take: 1, select: { name: true } },
    },
    resolve: (m, _args, ctx) => ({
      registerContract: registrationRefusal(ctx.viewer, m.id) === null,
      registerDepartments: registerableDepartments(ctx.viewer, m.id),
      managePolicy: canManagePolicy(ctx.viewer, m.id),
      createPolicyDraft: policyDraftRefusal(ctx.viewer, m, m.policies[0] ?? null) === null,
    }),
  }),
}));

const OrganisationViewerCan = builder
  .objectRef<{ invite: boolean }>("OrganisationViewerCan")
  .implement({
    description: "What the viewer may do for the organisation",
    fields: (t) => ({
      invite: t.exposeBoolean("invite", {
        description: "See its people and invite a colleague (inviteColleague)",
      }),
    }),
  });

builder.prismaObjectFields("Organisation", (t) => ({
  viewerCan: t.field({
    type: OrganisationViewerCan,
    select: { id: true, kind: true },
    resolve: (o, _args, ctx) => ({ invite: inviteRefusal(ctx.viewer, o) === null }),
  }),
}));

// The same answer on the organisations of `me`, so the apps' navigation needs no second query.
builder.objectFields(OrganisationSummary, (t) => ({
  viewerCan: t.field({
    type: OrganisationViewerCan,
    resolve: (o, _args, ctx) => ({ invite: inviteRefusal(ctx.viewer, o) === null }),
  }),
}));
