// Filter fields that follow the address. What is typed stays until it is applied; when the address
// changes some other way (a "wis filters" link, the back button) the fields show the new address.
// The form itself stays in place, so the focus stays on the button that was pressed.
import { useState } from "react";

export function useFilterDraft<T extends object>(
  fromAddress: T,
  address: string,
): [T, (patch: Partial<T>) => void] {
  const [draft, setDraft] = useState(fromAddress);
  const [shown, setShown] = useState(address);
  if (shown !== address) {
    // Adjusting state while rendering: React's way to reset state when a prop changes.
    setShown(address);
    setDraft(fromAddress);
  }
  return [draft, (patch) => setDraft((current) => ({ ...current, ...patch }))];
}
