// The ideas and questions form on a gemeente's public page: a token for the form and sending
// (anyone), reading and marking handled (the staff who serve the gemeente). Rules in services/ideas.ts.
import { rateLimited, waitPhrase } from "../auth/throttle.js";
import { builder } from "../builder.js";
import { InputError, NotAllowedError, ValidationError } from "../errors.js";
import { logger } from "../logging.js";
import { carryingOutName } from "../services/carrying-out.js";
import {
  ANSWER_WITHIN_WORKING_DAYS,
  canSeeIdea,
  checkIdeaInput,
  formTokenProblem,
  handleIdeaRefusal,
  IDEA_RATE_LIMITS,
  type IdeaReceipt,
  issueFormToken,
  markIdeaHandled,
  storeIdea,
  visibleIdeasWhere,
} from "../services/ideas.js";
import { clientAddress } from "./auth.js";

export const IdeaKind = builder.enumType("IdeaKind", {
  description: "QUESTION (vraag) or IDEA (idee)",
  values: ["QUESTION", "IDEA"] as const,
});

builder.prismaObject("IdeaMessage", {
  description:
    "A question or idea sent through a gemeente's public page; for the staff who serve that gemeente",
  authScopes: (idea, ctx) => canSeeIdea(ctx.viewer, idea),
  fields: (t) => ({
    id: t.exposeID("id"),
    kind: t.field({ type: IdeaKind, resolve: (idea) => idea.kind }),
    municipality: t.relation("municipality"),
    senderName: t.exposeString("senderName", {
      nullable: true,
      description: "Null once erased by the retention job",
    }),
    senderEmail: t.exposeString("senderEmail", { nullable: true }),
    senderOrganisation: t.exposeString("senderOrganisation", { nullable: true }),
    message: t.exposeString("message", {
      description: "After erasure with e-mail addresses and phone numbers masked",
    }),
    receivedAt: t.string({
      description: "ISO timestamp",
      resolve: (idea) => idea.receivedAt.toISOString(),
    }),
    handledAt: t.string({
      nullable: true,
      description: "ISO timestamp; null while open",
      resolve: (idea) => idea.handledAt?.toISOString() ?? null,
    }),
    erasedAt: t.string({
      nullable: true,
      description: "ISO timestamp of the erasure of the sender's details",
      resolve: (idea) => idea.erasedAt?.toISOString() ?? null,
    }),
    viewerCannotHandleReason: t.string({
      nullable: true,
      description: "Why the viewer cannot mark it handled now; null when they can",
      resolve: (idea, _args, ctx) => handleIdeaRefusal(ctx.viewer, idea),
    }),
  }),
});

const IdeaReceiptRef = builder.objectRef<IdeaReceipt>("IdeaReceipt").implement({
  description: "What the sender is told: who answers and within how many working days",
  fields: (t) => ({
    answeredBy: t.exposeString("answeredBy"),
    answerWithinWorkingDays: t.exposeInt("answerWithinWorkingDays"),
  }),
});

const IdeaFormRef = builder
  .objectRef<IdeaReceipt & { token: string; keepDetailsMonths: number }>("IdeaForm")
  .implement({
    description: "The form's token and what the form tells the sender before sending",
    fields: (t) => ({
      token: t.exposeString("token", {
        description:
          "Signed moment of issue; sendIdea refuses it when only seconds old or a day old",
      }),
      answeredBy: t.exposeString("answeredBy"),
      answerWithinWorkingDays: t.exposeInt("answerWithinWorkingDays"),
      keepDetailsMonths: t.exposeInt("keepDetailsMonths", {
        description: "How long after handling the sender's name and e-mail address are kept",
      }),
    }),
  });

const SendIdeaInput = builder.inputType("SendIdeaInput", {
  fields: (t) => ({
    municipalityCode: t.string({ required: true }),
    kind: t.field({ type: IdeaKind, required: true }),
    name: t.string({ required: true }),
    email: t.string({ required: true }),
    organisation: t.string(),
    message: t.string({ required: true }),
    formToken: t.string({
      required: true,
      description: "From ideaFormToken, when the page opened",
    }),
    website: t.string({ description: "Left empty by people: the form hides it (a honeypot)" }),
  }),
});

builder.queryFields((t) => ({
  ideaForm: t.field({
    type: IdeaFormRef,
    nullable: true,
    description:
      "What the ideas form of the gemeente with this code needs, issued when the page opens; null for an unknown code",
    authScopes: { public: true },
    args: { municipalityCode: t.arg.string({ required: true }) },
    resolve: async (_root, args, ctx) => {
      const municipality = await ctx.prisma.municipality.findUnique({
        where: { code: args.municipalityCode },
        select: { name: true, carriedOutBy: { select: { name: true } } },
      });
      if (!municipality) return null;
      return {
        token: await issueFormToken(ctx.prisma, args.municipalityCode),
        answeredBy: carryingOutName(municipality),
        answerWithinWorkingDays: ANSWER_WITHIN_WORKING_DAYS,
        keepDetailsMonths: ctx.settings.ideaRetention.handledMonths,
      };
    },
  }),
  ideaMessage: t.prismaField({
    type: "IdeaMessage",
    nullable: true,
    description: "One question or idea, for the staff who serve its gemeente",
    authScopes: { staff: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.ideaMessage.findFirst({
        ...query,
        where: { AND: [{ id: String(args.id) }, visibleIdeasWhere(ctx.viewer)] },
      }),
  }),
}));

builder.mutationFields((t) => ({
  sendIdea: t.field({
    type: IdeaReceiptRef,
    description:
      "Sends a question or idea to the organisation carrying out the gemeente's social return; anyone may",
    authScopes: { public: true },
    errors: {
      types: [ValidationError, InputError],
      directResult: true,
      union: { name: "SendIdeaResult" },
    },
    args: { input: t.arg({ type: SendIdeaInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const municipality = await ctx.prisma.municipality.findUnique({
        where: { code: input.municipalityCode },
        select: { id: true, name: true, carriedOutBy: { select: { name: true } } },
      });
      if (!municipality) throw new InputError("Deze gemeente kennen we niet.", "municipalityCode");
      checkIdeaInput(input);
      // A filled honeypot is a robot: it gets the usual answer, and nothing is stored or sent.
      if (input.website?.trim()) {
        logger().info({ spam: "honeypot" }, "ideas form: message dropped");
        return {
          answeredBy: carryingOutName(municipality),
          answerWithinWorkingDays: ANSWER_WITHIN_WORKING_DAYS,
        };
      }
      const tokenProblem = await formTokenProblem(
        ctx.prisma,
        input.formToken,
        input.municipalityCode,
      );
      if (tokenProblem) throw new InputError(tokenProblem, "formToken");
      const limits = [
        [
          IDEA_RATE_LIMITS.perClient(clientAddress(ctx)),
          "U heeft al een aantal berichten gestuurd.",
        ],
        [
          IDEA_RATE_LIMITS.perMunicipality(input.municipalityCode),
          `Er zijn vandaag al veel berichten voor gemeente ${municipality.name} binnengekomen.`,
        ],
        [
          IDEA_RATE_LIMITS.receiptsPerAddress(input.email.trim().toLowerCase()),
          "Naar dit e-mailadres zijn vandaag al een aantal berichten gestuurd.",
        ],
      ] as const;
      for (const [limit, reason] of limits) {
        const wait = await rateLimited(ctx.prisma, limit);
        if (wait > 0) {
          logger().warn({ limit: limit.key.split(":")[0] }, "ideas form: rate limit");
          throw new InputError(`${reason} Probeer het ${waitPhrase(wait)} opnieuw.`);
        }
      }
      return storeIdea(ctx.prisma, input, municipality, ctx.settings);
    },
  }),
  markIdeaHandled: t.prismaField({
    type: "IdeaMessage",
    description: "Marks a question or idea handled (answered); audited without the sender",
    authScopes: { manager: true },
    errors: {
      types: [InputError, NotAllowedError],
      directResult: true,
      union: { name: "MarkIdeaHandledResult" },
    },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_query, _root, args, ctx) => {
      if (!ctx.viewer) throw new InputError("Log eerst in.");
      return markIdeaHandled(ctx.prisma, ctx.viewer, String(args.id));
    },
  }),
}));
