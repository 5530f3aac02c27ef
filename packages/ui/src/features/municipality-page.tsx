// A gemeente's public page (/portal/gemeenten/<slug>), the same in the portal and in the admin's
// preview of a draft: the policy in force in plain sentences (the API writes them from the rules
// the rekenhulp applies), the staff's texts, the contact and the documents. Props are plain data;
// both apps' codegen reads the fragment below.
import { formatDate } from "@sroi/domain";
import type { ReactNode } from "react";
import type { MunicipalityPageContentsFragment } from "../gql/graphql.js";
import { graphql } from "../gql/index.js";
import { ExternalLink } from "../primitives/link.js";
import { Heading, Paragraph } from "../primitives/typography.js";
import { ConceptNote } from "./contract.js";

export const MunicipalityPageContentsFields = graphql(`
  fragment MunicipalityPageContents on Municipality {
    code
    name
    updatedOn
    region {
      code
    }
    policyInForce {
      name
      validFrom
      conceptNote
    }
    catalogueInForce {
      key
      name
    }
    carriedOutBy {
      name
      email
      phone
    }
    plainPolicy {
      field
      text
    }
    documents {
      id
      title
      documentDate
      url
    }
  }
`);

export interface MunicipalityPageTextsValue {
  introduction: string | null;
  localAccents: string | null;
}

/** Paragraphs as staff typed them: an empty line starts a new one. */
export function TextParagraphs({ text }: { text: string | null }) {
  if (!text) return null;
  return (
    <>
      {text.split(/\n\s*\n/).map((paragraph, index) => (
        // The text is the paragraph's identity; the same sentence twice keeps its order.
        // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs have no id of their own
        <p key={index} className="utrecht-paragraph sroi-pre-line">
          {paragraph}
        </p>
      ))}
    </>
  );
}

/** The portal path of the rekenhulp for this gemeente, and of its bouwblokken. */
export function municipalityPagePaths(municipality: MunicipalityPageContentsFragment) {
  const catalogue = municipality.catalogueInForce;
  return {
    rekenhulp: `/rekenhulp?${new URLSearchParams({ gemeente: municipality.code })}`,
    bouwblokken: catalogue
      ? `/bouwblokken?${new URLSearchParams({ regio: municipality.region.code, versie: catalogue.key })}`
      : null,
  };
}

export function MunicipalityPageView({
  municipality,
  texts,
  link,
  nested = false,
  children,
}: {
  municipality: MunicipalityPageContentsFragment;
  texts: MunicipalityPageTextsValue | null;
  /** a link to a portal path: a router link in the portal, a plain one from the admin */
  link: (to: string, text: string) => ReactNode;
  /** inside another page (the admin's preview): its headings one level below that page's */
  nested?: boolean;
  /** what the app adds at the end (the portal: the questions and ideas form) */
  children?: ReactNode;
}) {
  const title = nested ? 3 : 1;
  const section = nested ? 4 : 2;
  const { name, policyInForce: policy, carriedOutBy: contact } = municipality;
  const paths = municipalityPagePaths(municipality);
  return (
    <article className="sroi-municipality-page">
      <Heading level={title}>Social return in {name}</Heading>
      {municipality.updatedOn ? (
        <Paragraph>Bijgewerkt op {formatDate(municipality.updatedOn)}</Paragraph>
      ) : null}
      {policy?.conceptNote ? (
        <ConceptNote note={policy.conceptNote} headingLevel={section} />
      ) : null}
      <TextParagraphs text={texts?.introduction ?? null} />

      <Heading level={section}>Wat vraagt de gemeente?</Heading>
      {policy ? (
        <>
          <ul className="utrecht-unordered-list">
            {municipality.plainPolicy.map((point) => (
              <li key={point.field} className="utrecht-unordered-list__item">
                {point.text}
              </li>
            ))}
          </ul>
          <Paragraph>
            Dit staat in {policy.name}
            {policy.validFrom ? `, geldig vanaf ${formatDate(policy.validFrom)}` : ""}.
          </Paragraph>
        </>
      ) : (
        <Paragraph>Gemeente {name} heeft nog geen social return-beleid in dit portaal.</Paragraph>
      )}
      <ul className="sroi-link-list">
        <li>{link(paths.rekenhulp, `Reken uit wat uw opdracht in ${name} vraagt`)}</li>
        {paths.bouwblokken ? (
          <li>{link(paths.bouwblokken, "Bekijk de bouwblokken waarmee u dat invult")}</li>
        ) : null}
      </ul>

      {texts?.localAccents ? (
        <>
          <Heading level={section}>Wat is bijzonder in {name}?</Heading>
          <TextParagraphs text={texts.localAccents} />
        </>
      ) : null}

      <Heading level={section}>Contact</Heading>
      {contact ? (
        <>
          <Paragraph>{contact.name} voert social return uit voor de gemeente.</Paragraph>
          <ul className="utrecht-unordered-list">
            {contact.email ? (
              <li className="utrecht-unordered-list__item">
                E-mail:{" "}
                <ExternalLink href={`mailto:${contact.email}`}>{contact.email}</ExternalLink>
              </li>
            ) : null}
            {contact.phone ? (
              <li className="utrecht-unordered-list__item">
                Telefoon:{" "}
                <ExternalLink href={`tel:${contact.phone.replace(/[^\d+]/g, "")}`}>
                  {contact.phone}
                </ExternalLink>
              </li>
            ) : null}
          </ul>
        </>
      ) : (
        <Paragraph>Neem contact op met de gemeente {name}.</Paragraph>
      )}

      {municipality.documents.length > 0 ? (
        <>
          <Heading level={section}>Documenten</Heading>
          <ul className="utrecht-unordered-list">
            {municipality.documents.map((document) => (
              <li key={document.id} className="utrecht-unordered-list__item">
                <ExternalLink href={document.url}>
                  {document.title} (PDF, {formatDate(document.documentDate)})
                </ExternalLink>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {children}
    </article>
  );
}
