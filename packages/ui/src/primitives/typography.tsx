import type { ReactNode } from "react";
import { classNames } from "./class-names.js";

export interface HeadingProps {
  level: 1 | 2 | 3 | 4;
  id?: string;
  children: ReactNode;
}

/** A page has one level 1 heading; it can take focus so a new page can announce itself. */
export function Heading({ level, id, children }: HeadingProps) {
  const Tag = `h${level}` as const;
  return (
    <Tag className={`utrecht-heading-${level}`} id={id} tabIndex={level === 1 ? -1 : undefined}>
      {children}
    </Tag>
  );
}

export function Paragraph({ lead = false, children }: { lead?: boolean; children: ReactNode }) {
  return (
    <p className={classNames("utrecht-paragraph", lead && "utrecht-paragraph--lead")}>{children}</p>
  );
}

/** Text for screen readers only, e.g. a table caption that repeats the heading above it. */
export function VisuallyHidden({ children }: { children: ReactNode }) {
  return <span className="sroi-visually-hidden">{children}</span>;
}
