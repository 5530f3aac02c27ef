// The organisation tree: the platform admin creates and renames regions, adds gemeenten from the
// CBS list and moves them between regions, and names who carries out each gemeente's social
// return. The rules live in services/organisation-tree.ts and services/carried-out-by.ts.
import { CBS_MUNICIPALITIES, CBS_MUNICIPALITY_LIST, type CbsMunicipality } from "@sroi/domain";
import { managesOrganisationTree } from "../auth/viewer.js";
import { builder } from "../builder.js";
import { NotAllowedError, ValidationError } from "../errors.js";
import { setCarriedOutBy, updateOrganisationContact } from "../services/carried-out-by.js";
import {
  addMunicipality,
  createRegion,
  moveMunicipality,
  renameRegion,
} from "../services/organisation-tree.js";
import { MeRef } from "./auth.js";
import { viewerOf } from "./errors.js";

builder.objectFields(MeRef, (t) => ({
  managesOrganisationTree: t.boolean({
    description:
      "Whether this person may create regions and add or move gemeenten (the mutations below)",
    resolve: (viewer) => managesOrganisationTree(viewer),
  }),
}));

const CbsMunicipalityRef = builder.objectRef<CbsMunicipality>("CbsMunicipality").implement({
  description: "A gemeente in the CBS list, whether or not it is on the platform",
  fields: (t) => ({
    code: t.exposeString("code", { description: "CBS gemeentecode, e.g. GM0355" }),
    name: t.exposeString("name", { description: "As CBS writes it, e.g. Bergen (NH.)" }),
    province: t.exposeString("province"),
  }),
});

const CbsMunicipalityList = builder
  .objectRef<typeof CBS_MUNICIPALITY_LIST>("CbsMunicipalityList")
  .implement({
    description: "The current Dutch gemeenten by CBS code, with where the list comes from",
    fields: (t) => ({
      title: t.exposeString("title"),
      publisher: t.exposeString("publisher"),
      referenceDate: t.field({
        type: "Date",
        description: "The date the list describes",
        resolve: (list) => list.referenceDate,
      }),
      source: t.exposeString("source"),
      municipalities: t.field({
        type: [CbsMunicipalityRef],
        resolve: () => [...CBS_MUNICIPALITIES],
      }),
    }),
  });

builder.prismaObjectFields("Municipality", (t) => ({
  organisation: t.relation("organisation", {
    nullable: true,
    description: "The gemeente's own team on the platform, if it has one (staff only)",
    authScopes: { staff: true },
  }),
}));

builder.queryFields((t) => ({
  cbsMunicipalities: t.field({
    type: CbsMunicipalityList,
    description: "The CBS list the platform admin adds gemeenten from",
    authScopes: { platformAdmin: true },
    resolve: () => CBS_MUNICIPALITY_LIST,
  }),
}));

const errors = [ValidationError, NotAllowedError];

const NewCarrierKind = builder.enumType("NewCarrierKind", {
  values: {
    OWN_TEAM: { description: "The gemeente's own team (an organisation of the gemeente)" },
    SERVICE_POINT: { description: "A WSP, which may serve more gemeenten" },
  } as const,
});

const NewCarrierInput = builder.inputType("NewCarrierInput", {
  description: "A new organisation to carry out a gemeente's social return",
  fields: (t) => ({
    kind: t.field({ type: NewCarrierKind, required: true }),
    name: t.string({ required: true }),
    email: t.string({ description: "Shared mailbox; staff mail goes here without accountmanager" }),
    phone: t.string({ description: "As contractors should dial it, e.g. 023 - 511 38 67" }),
  }),
});

builder.mutationFields((t) => ({
  createRegion: t.prismaField({
    type: "Region",
    description: "A new region; its code is made from the name and never changes",
    authScopes: { platformAdmin: true },
    errors: { types: errors, directResult: true, union: { name: "CreateRegionResult" } },
    args: { name: t.arg.string({ required: true }) },
    resolve: async (query, _root, args, ctx) => {
      const region = await createRegion(ctx.prisma, viewerOf(ctx), args.name);
      return ctx.prisma.region.findUniqueOrThrow({ ...query, where: { id: region.id } });
    },
  }),
  renameRegion: t.prismaField({
    type: "Region",
    authScopes: { platformAdmin: true },
    errors: { types: errors, directResult: true, union: { name: "RenameRegionResult" } },
    args: {
      regionCode: t.arg.string({ required: true }),
      name: t.arg.string({ required: true }),
    },
    resolve: async (query, _root, args, ctx) => {
      const region = await renameRegion(ctx.prisma, viewerOf(ctx), args.regionCode, args.name);
      return ctx.prisma.region.findUniqueOrThrow({ ...query, where: { id: region.id } });
    },
  }),
  addMunicipality: t.prismaField({
    type: "Municipality",
    description: "Adds a gemeente from the CBS list to a region, by its CBS code",
    authScopes: { platformAdmin: true },
    errors: { types: errors, directResult: true, union: { name: "AddMunicipalityResult" } },
    args: {
      regionCode: t.arg.string({ required: true }),
      code: t.arg.string({ required: true, description: "CBS gemeentecode, e.g. GM0355" }),
    },
    resolve: async (query, _root, args, ctx) => {
      const added = await addMunicipality(ctx.prisma, viewerOf(ctx), args.regionCode, args.code);
      return ctx.prisma.municipality.findUniqueOrThrow({ ...query, where: { id: added.id } });
    },
  }),
  moveMunicipality: t.prismaField({
    type: "Municipality",
    description:
      "Moves a gemeente to another region: from then on that region's catalogue and WSP apply to new contracts",
    authScopes: { platformAdmin: true },
    errors: { types: errors, directResult: true, union: { name: "MoveMunicipalityResult" } },
    args: {
      municipalityCode: t.arg.string({ required: true }),
      regionCode: t.arg.string({ required: true }),
    },
    resolve: async (query, _root, args, ctx) => {
      const moved = await moveMunicipality(
        ctx.prisma,
        viewerOf(ctx),
        args.municipalityCode,
        args.regionCode,
      );
      return ctx.prisma.municipality.findUniqueOrThrow({ ...query, where: { id: moved.id } });
    },
  }),
  setCarriedOutBy: t.prismaField({
    type: "Municipality",
    description:
      "Names the organisation that carries out a gemeente's social return: an existing WSP or the gemeente's own team (organisationId), or a new one (create)",
    authScopes: { platformAdmin: true },
    errors: { types: errors, directResult: true, union: { name: "SetCarriedOutByResult" } },
    args: {
      municipalityCode: t.arg.string({ required: true }),
      organisationId: t.arg.id(),
      create: t.arg({ type: NewCarrierInput }),
    },
    resolve: async (query, _root, args, ctx) => {
      const municipality = await setCarriedOutBy(ctx.prisma, viewerOf(ctx), args.municipalityCode, {
        organisationId: args.organisationId ? String(args.organisationId) : null,
        create: args.create,
      });
      return ctx.prisma.municipality.findUniqueOrThrow({
        ...query,
        where: { id: municipality.id },
      });
    },
  }),
  updateOrganisationContact: t.prismaField({
    type: "Organisation",
    description:
      "The shared mailbox and phone of a gemeente's team or a WSP; an empty value clears it",
    authScopes: { platformAdmin: true },
    errors: {
      types: errors,
      directResult: true,
      union: { name: "UpdateOrganisationContactResult" },
    },
    args: {
      organisationId: t.arg.id({ required: true }),
      email: t.arg.string(),
      phone: t.arg.string(),
    },
    resolve: async (query, _root, args, ctx) => {
      const organisation = await updateOrganisationContact(
        ctx.prisma,
        viewerOf(ctx),
        String(args.organisationId),
        { email: args.email, phone: args.phone },
      );
      return ctx.prisma.organisation.findUniqueOrThrow({
        ...query,
        where: { id: organisation.id },
      });
    },
  }),
}));
