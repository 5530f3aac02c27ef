// The ideas and questions form on a gemeente's public page (services/ideas.ts): stored, mailed to
// the mailbox of the organisation carrying out the gemeente's social return with a receipt for
// the sender, in "Te doen", held off by honeypot, timing token and rate limits, and the sender's
// details erased on time.
import { backends } from "@sroi/db/testing/backends";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { eraseExpiredSenders, issueFormToken, maskContactDetails } from "../src/services/ideas.js";
import { startTestApi, type TestApi } from "./support.js";

const SEND = `mutation ($input: SendIdeaInput!) { sendIdea(input: $input) {
  __typename
  ... on IdeaReceipt { answeredBy answerWithinWorkingDays }
  ... on ValidationError { message issues { field message } }
  ... on InputError { message field } } }`;

type SendResult = {
  sendIdea: {
    __typename: string;
    answeredBy?: string;
    answerWithinWorkingDays?: number;
    message?: string;
    field?: string | null;
    issues?: { field: string; message: string }[];
  };
};

const MESSAGE = "Kunnen wij als kleine aannemer ook stageplekken inbrengen als bouwblok?";

describe("maskContactDetails", () => {
  it("masks e-mail addresses and Dutch phone numbers, and leaves other numbers", () => {
    expect(
      maskContactDetails(
        "Bel 06-12345678 of 023 - 511 38 67, of mail jan@bouw.nl. Het gaat om 5 % van 250000 euro.",
      ),
    ).toBe(
      "Bel [telefoonnummer verwijderd] of [telefoonnummer verwijderd], of mail [e-mailadres verwijderd]. Het gaat om 5 % van 250000 euro.",
    );
  });
});

describe.each(backends())("ideas form on $name", (backend) => {
  let api: TestApi;
  beforeAll(async () => {
    if (backend.available) api = await startTestApi(backend, { demo: true });
  });
  afterAll(async () => {
    await api?.close();
  });
  beforeEach(async () => {
    // Each case starts with the rate limits fresh (all requests come from 127.0.0.1).
    if (backend.available)
      await api.prisma.loginThrottle.deleteMany({ where: { key: { startsWith: "rate:idea" } } });
  });

  /** A token as the page got it `secondsAgo` ago (signed with the key the server shares). */
  const tokenFor = (code: string, secondsAgo = 60) =>
    issueFormToken(api.prisma, code, new Date(Date.now() - secondsAgo * 1000));

  async function send(fields: Record<string, unknown> & { municipalityCode: string }) {
    const input = {
      kind: "QUESTION",
      name: "Jan de Vries",
      email: "Jan@Bouw-Eemland.test",
      organisation: "Bouwbedrijf de Vries",
      message: MESSAGE,
      formToken: await tokenFor(fields.municipalityCode),
      ...fields,
    };
    const result = await api.graphql<SendResult>(SEND, { input });
    expect(result.errors).toBeUndefined();
    return result.data?.sendIdea;
  }

  const mailsTo = (to: string) =>
    api.prisma.outboxMessage.findMany({ where: { to }, orderBy: { createdAt: "asc" } });

  it.skipIf(!backend.available)(
    "Amersfoort: stored, mailed to the WSP's mailbox, a receipt to the sender, in the WSP's Te doen",
    async () => {
      const result = await send({ municipalityCode: "GM0307", email: "amersfoort@afzender.test" });
      expect(result).toEqual({
        __typename: "IdeaReceipt",
        answeredBy: "WSP regio Amersfoort",
        answerWithinWorkingDays: 10,
      });
      const stored = await api.prisma.ideaMessage.findFirstOrThrow({
        where: { senderEmail: "amersfoort@afzender.test" },
        include: { municipality: true },
      });
      expect(stored).toMatchObject({
        kind: "QUESTION",
        senderName: "Jan de Vries",
        senderOrganisation: "Bouwbedrijf de Vries",
        message: MESSAGE,
        handledAt: null,
      });
      expect(stored.municipality.code).toBe("GM0307");
      const [staffMail] = (await mailsTo("socialreturn@wsp-amersfoort.demo")).filter((m) =>
        m.text.includes(stored.id),
      );
      expect(staffMail?.subject).toBe("Nieuwe vraag over social return in gemeente Amersfoort");
      expect(staffMail?.text).toContain(MESSAGE);
      expect(staffMail?.text).toContain("E-mail: amersfoort@afzender.test");
      expect(staffMail?.text).toContain(`/admin/ideeen/${stored.id}`);
      const [receipt, ...more] = await mailsTo("amersfoort@afzender.test");
      expect(more).toEqual([]);
      expect(receipt?.subject).toBe(
        "Ontvangen: uw vraag over social return in gemeente Amersfoort",
      );
      expect(receipt?.text).toContain(
        "WSP regio Amersfoort leest uw bericht en antwoordt binnen 10 werkdagen",
      );
      // the receipt carries neither the text nor the name typed (no relay for someone else's words)
      expect(receipt?.text).not.toContain(MESSAGE);
      expect(receipt?.text).not.toContain("Jan de Vries");

      const consultant = await api.loginAs("consultant@wsp-amersfoort.demo");
      const queue = await consultant.graphql<{
        me: { workQueue: { staff: { kind: string; items: { subjectId: string }[] }[] } };
      }>("{ me { workQueue { staff { kind items { subjectId } } } } }");
      const ideas = queue.data?.me.workQueue.staff.find((q) => q.kind === "IDEAS_TO_ANSWER");
      expect(ideas?.items.map((i) => i.subjectId)).toContain(stored.id);
      // Haarlem's team does not serve Amersfoort: not in its queue, not readable
      const haarlem = await api.loginAs("accountmanager@haarlem.demo");
      const other = await haarlem.graphql<{ ideaMessage: unknown }>(
        "query ($id: ID!) { ideaMessage(id: $id) { id } }",
        { id: stored.id },
      );
      expect(other.data?.ideaMessage).toBeNull();
    },
  );

  it.skipIf(!backend.available)(
    "Haarlem: mailed to its own team's mailbox; marking it handled is audited without the sender",
    async () => {
      const result = await send({
        municipalityCode: "GM0392",
        kind: "IDEA",
        email: "haarlem@afzender.test",
        organisation: "",
      });
      expect(result?.answeredBy).toBe("Team Social Return gemeente Haarlem");
      const stored = await api.prisma.ideaMessage.findFirstOrThrow({
        where: { senderEmail: "haarlem@afzender.test" },
      });
      expect(stored.senderOrganisation).toBeNull();
      const staffMails = (await mailsTo("socialreturn@haarlem.demo")).filter((m) =>
        m.text.includes(stored.id),
      );
      expect(staffMails.map((m) => m.subject)).toEqual([
        "Nieuw idee over social return in gemeente Haarlem",
      ]);
      expect(
        await api.prisma.outboxMessage.count({
          where: { to: "socialreturn@wsp-amersfoort.demo", text: { contains: stored.id } },
        }),
      ).toBe(0);

      const HANDLE = `mutation ($id: ID!) { markIdeaHandled(id: $id) {
        __typename ... on IdeaMessage { handledAt } ... on Error { message } } }`;
      const wsp = await api.loginAs("consultant@wsp-amersfoort.demo");
      const refused = await wsp.graphql<{ markIdeaHandled: { __typename: string } }>(HANDLE, {
        id: stored.id,
      });
      expect(refused.data?.markIdeaHandled.__typename).toBe("InputError");
      const haarlem = await api.loginAs("accountmanager@haarlem.demo");
      const handled = await haarlem.graphql<{ markIdeaHandled: { __typename: string } }>(HANDLE, {
        id: stored.id,
      });
      expect(handled.data?.markIdeaHandled.__typename).toBe("IdeaMessage");
      const again = await haarlem.graphql<{ markIdeaHandled: { message: string } }>(HANDLE, {
        id: stored.id,
      });
      expect(again.data?.markIdeaHandled.message).toBe("Dit bericht is al afgehandeld.");
      const events = await api.prisma.auditEvent.findMany({ where: { entityId: stored.id } });
      expect(events.map((e) => [e.action, e.actorEmail])).toEqual([
        ["idea.handle", "accountmanager@haarlem.demo"],
      ]);
      const recorded = JSON.stringify(events);
      expect(recorded).not.toContain("Jan de Vries");
      expect(recorded).not.toContain("haarlem@afzender.test");
    },
  );

  it.skipIf(!backend.available)("answers bad input with every problem, in Dutch", async () => {
    const result = await send({
      municipalityCode: "GM0307",
      name: "  ",
      email: "jan@",
      organisation: "x".repeat(201),
      message: "kort",
    });
    expect(result?.__typename).toBe("ValidationError");
    expect(result?.issues).toEqual([
      { field: "name", message: "Vul uw naam in." },
      { field: "email", message: "Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl." },
      {
        field: "organisation",
        message: "De naam van uw organisatie mag hooguit 200 tekens hebben.",
      },
      { field: "message", message: "Schrijf uw vraag in minstens 10 tekens." },
    ]);
    const tooLong = await send({ municipalityCode: "GM0307", message: "a".repeat(4_001) });
    expect(tooLong?.issues).toEqual([
      {
        field: "message",
        message: "Uw bericht mag hooguit 4000 tekens hebben; het heeft er 4001.",
      },
    ]);
    const unknown = await send({ municipalityCode: "GM9999" });
    expect(unknown).toMatchObject({ __typename: "InputError", field: "municipalityCode" });
    expect(await api.prisma.ideaMessage.count({ where: { message: "kort" } })).toBe(0);
  });

  it.skipIf(!backend.available)(
    "drops a filled honeypot silently, and refuses a token too fresh, forged, expired or of another gemeente",
    async () => {
      const before = await api.prisma.outboxMessage.count();
      const robot = await send({
        municipalityCode: "GM0307",
        email: "robot@spam.test",
        website: "http://spam.test",
      });
      expect(robot?.__typename).toBe("IdeaReceipt");
      expect(
        await api.prisma.ideaMessage.count({ where: { senderEmail: "robot@spam.test" } }),
      ).toBe(0);
      expect(await api.prisma.outboxMessage.count()).toBe(before);

      const fresh = await send({
        municipalityCode: "GM0307",
        formToken: await tokenFor("GM0307", 1),
      });
      expect(fresh).toMatchObject({
        __typename: "InputError",
        field: "formToken",
        message:
          "Het formulier werd erg snel verstuurd. Controleer uw bericht en verstuur het opnieuw.",
      });
      const good = await tokenFor("GM0307");
      const forged = `${String(Date.now() - 60_000)}.GM0307.${good.split(".")[2]}`;
      const expired = await tokenFor("GM0307", 25 * 3600);
      const haarlems = await tokenFor("GM0392");
      for (const formToken of [forged, expired, haarlems, "geen-token"]) {
        expect(await send({ municipalityCode: "GM0307", formToken }), formToken).toMatchObject({
          __typename: "InputError",
          field: "formToken",
          message: "Het formulier is verlopen. Verstuur uw bericht opnieuw; uw tekst staat er nog.",
        });
      }
      expect(await api.prisma.outboxMessage.count()).toBe(before);

      // the token the page gets works once it is a few seconds old
      const issued = await api.graphql<{ ideaForm: Record<string, unknown> | null }>(
        '{ ideaForm(municipalityCode: "GM0307") { token answeredBy answerWithinWorkingDays keepDetailsMonths } }',
      );
      expect(issued.data?.ideaForm).toEqual({
        token: expect.stringMatching(/^\d+\.GM0307\./),
        answeredBy: "WSP regio Amersfoort",
        answerWithinWorkingDays: 10,
        keepDetailsMonths: 6,
      });
      const unknown = await api.graphql<{ ideaForm: unknown }>(
        '{ ideaForm(municipalityCode: "GM9999") { token } }',
      );
      expect(unknown.data?.ideaForm).toBeNull();
    },
  );

  it.skipIf(!backend.available)(
    "limits one address to 5 an hour, with a Dutch message and nothing stored past the limit",
    async () => {
      for (let i = 0; i < 5; i++) {
        const ok = await send({ municipalityCode: "GM0308", email: `limiet${i}@afzender.test` });
        expect(ok?.__typename).toBe("IdeaReceipt");
      }
      const limited = await send({ municipalityCode: "GM0308", email: "limiet5@afzender.test" });
      expect(limited?.__typename).toBe("InputError");
      expect(limited?.message).toMatch(
        /^U heeft al een aantal berichten gestuurd\. Probeer het over \d+ minuten? opnieuw\.$/,
      );
      expect(
        await api.prisma.ideaMessage.count({ where: { senderEmail: "limiet5@afzender.test" } }),
      ).toBe(0);
    },
  );

  it.skipIf(!backend.available)(
    "limits one gemeente to 50 a day from all addresses together",
    async () => {
      // 50 counted already today (as if from many addresses): the next one is refused
      await api.prisma.loginThrottle.create({
        data: { key: "rate:idea-municipality:GM0342", failures: 50, windowStart: new Date() },
      });
      const limited = await send({ municipalityCode: "GM0342" });
      expect(limited?.message).toMatch(
        /^Er zijn vandaag al veel berichten voor gemeente Soest binnengekomen\. Probeer het over \d+ minuten? opnieuw\.$/,
      );
    },
  );

  it.skipIf(!backend.available)(
    "erases the sender's details 6 months after handling, or 12 months after receipt when never handled",
    async () => {
      // Relative to today, so the items the other cases made (received and handled today) stay.
      const now = new Date();
      const ago = (months: number, days: number) => {
        const date = new Date(now);
        date.setUTCMonth(date.getUTCMonth() - months);
        date.setUTCDate(date.getUTCDate() - days);
        return date.toISOString();
      };
      const municipalityId = (
        await api.prisma.municipality.findUniqueOrThrow({ where: { code: "GM0307" } })
      ).id;
      const make = (receivedAt: string, handledAt: string | null) =>
        api.prisma.ideaMessage.create({
          data: {
            municipalityId,
            kind: "QUESTION",
            senderName: "Bewaar Termijn",
            senderEmail: "termijn@afzender.test",
            senderOrganisation: "Termijn BV",
            message: "Bel mij op 06-12345678 of mail termijn@afzender.test over de stageplekken.",
            receivedAt: new Date(receivedAt),
            handledAt: handledAt ? new Date(handledAt) : null,
          },
        });
      const handledLongAgo = await make(ago(8, 0), ago(6, 1));
      const handledRecently = await make(ago(8, 0), ago(5, 25));
      const openTooLong = await make(ago(12, 1), null);
      const openRecent = await make(ago(11, 25), null);
      const mail = await api.prisma.outboxMessage.create({
        data: {
          to: "termijn@afzender.test",
          subject: "Ontvangen",
          text: `Kenmerk: ${handledLongAgo.id}`,
        },
      });

      expect(await eraseExpiredSenders(api.prisma, now)).toBe(2);
      const read = (id: string) => api.prisma.ideaMessage.findUniqueOrThrow({ where: { id } });
      for (const erased of [handledLongAgo, openTooLong]) {
        expect(await read(erased.id)).toMatchObject({
          senderName: null,
          senderEmail: null,
          senderOrganisation: null,
          message:
            "Bel mij op [telefoonnummer verwijderd] of mail [e-mailadres verwijderd] over de stageplekken.",
          erasedAt: now,
        });
      }
      for (const kept of [handledRecently, openRecent]) {
        expect(await read(kept.id)).toMatchObject({
          senderName: "Bewaar Termijn",
          senderEmail: "termijn@afzender.test",
          erasedAt: null,
        });
      }
      expect(await api.prisma.outboxMessage.findUnique({ where: { id: mail.id } })).toBeNull();
      // a second run finds nothing more; a shorter configured period erases the recent handled one
      expect(await eraseExpiredSenders(api.prisma, now)).toBe(0);
      expect(
        await eraseExpiredSenders(api.prisma, now, { handledMonths: 5, unhandledMonths: 12 }),
      ).toBe(1);
      expect((await read(handledRecently.id)).senderEmail).toBeNull();
    },
  );
});
