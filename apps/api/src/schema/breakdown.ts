// One line of a computed value's explanation; every euro the API computes comes with these.
import type { BreakdownLine } from "@sroi/domain";
import { builder } from "../builder.js";

export const BreakdownLineRef = builder.objectRef<BreakdownLine>("BreakdownLine").implement({
  description: "One factor of a computed value; the total is the sum of the lines' amounts",
  fields: (t) => ({
    label: t.exposeString("label", { description: "Dutch explanation of this step" }),
    amount: t.field({ type: "Decimal", resolve: (line) => line.amount }),
  }),
});
