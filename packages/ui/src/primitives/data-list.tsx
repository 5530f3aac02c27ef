import type { ReactNode } from "react";

/** Label and value pairs, e.g. the facts about a catalogue. */
export function DataList({ children }: { children: ReactNode }) {
  return <dl className="utrecht-data-list utrecht-data-list--rows sroi-data-list">{children}</dl>;
}

export function DataListItem({ label, children }: { label: ReactNode; children: ReactNode }) {
  return (
    <div className="utrecht-data-list__item">
      <dt className="utrecht-data-list__item-key">{label}</dt>
      <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">
        {children}
      </dd>
    </div>
  );
}

export type StatusBadgeType = "success" | "warning" | "danger" | "inactive" | "neutral";

export function StatusBadge({ type, children }: { type: StatusBadgeType; children: ReactNode }) {
  return <span className={`utrecht-status-badge utrecht-status-badge--${type}`}>{children}</span>;
}
