// "Meldingen": which mails a staff member gets, the daily digest and each immediate notice. The
// rules are in services/notices/staff-preferences.ts.
import { isStaff } from "../auth/viewer.js";
import { builder } from "../builder.js";
import { NotAllowedError } from "../errors.js";
import {
  type NoticePreferences,
  noticePreferences,
  STAFF_NOTICE_KINDS,
  saveNoticePreferences,
} from "../services/notices/staff-preferences.js";
import { MeRef } from "./auth.js";

const StaffNoticeKind = builder.enumType("StaffNoticeKind", {
  description:
    "The mails to staff that go out at once: an intake request, a plan submitted, a realisation submitted",
  values: STAFF_NOTICE_KINDS,
});

const StaffNoticeSetting = builder
  .objectRef<{ kind: (typeof STAFF_NOTICE_KINDS)[number]; enabled: boolean }>("StaffNoticeSetting")
  .implement({
    fields: (t) => ({
      kind: t.field({ type: StaffNoticeKind, resolve: (s) => s.kind }),
      enabled: t.exposeBoolean("enabled"),
    }),
  });

const NoticePreferencesRef = builder.objectRef<NoticePreferences>("NoticePreferences").implement({
  description: "Which mails this person gets; everything on until they choose",
  fields: (t) => ({
    digest: t.exposeBoolean("digest", {
      description: "The daily digest of what came in and what is overdue",
    }),
    notices: t.field({
      type: [StaffNoticeSetting],
      description: "Every immediate notice, in a fixed order, and whether this person gets it",
      resolve: (preferences) =>
        STAFF_NOTICE_KINDS.map((kind) => ({
          kind,
          enabled: !preferences.mutedKinds.includes(kind),
        })),
    }),
  }),
});

builder.objectField(MeRef, "noticePreferences", (t) =>
  t.field({
    type: NoticePreferencesRef,
    nullable: true,
    description: "Which mails this person gets as gemeente or WSP staff; null for a contractor",
    resolve: (viewer, _args, ctx) =>
      isStaff(viewer) ? noticePreferences(ctx.prisma, viewer.userId) : null,
  }),
);

builder.mutationFields((t) => ({
  updateNoticePreferences: t.field({
    type: NoticePreferencesRef,
    description: "Chooses the daily digest and which immediate notices this person gets",
    authScopes: { staff: true },
    errors: {
      types: [NotAllowedError],
      directResult: true,
      union: { name: "UpdateNoticePreferencesResult" },
    },
    args: {
      digest: t.arg.boolean({ required: true }),
      mutedKinds: t.arg({
        type: [StaffNoticeKind],
        required: true,
        description: "The immediate notices to switch off",
      }),
    },
    resolve: (_root, args, ctx) =>
      saveNoticePreferences(ctx.prisma, ctx.viewer, {
        digest: args.digest,
        mutedKinds: args.mutedKinds,
      }),
  }),
}));
