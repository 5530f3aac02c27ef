// Builds the schema from the area files. Each import registers its types on the builder.
import { builder } from "../builder.js";
import "./scalars.js";
import "./errors.js";
import "./catalogue.js";
import "./municipality.js";
import "./preview.js";
import "./auth.js";
import "./organisation.js";
import "./organisation-tree.js";
import "./staff.js";
import "./contract.js";
import "./audit.js";
import "./catalogue-management.js";
import "./policy-management.js";
import "./plan.js";
import "./realisation.js";
import "./progress.js";
import "./assessment.js";
import "./realisation-import.js";
import "./contract-actions.js";
import "./tenant-actions.js";
import "./work-queue.js";
import "./municipality-letter.js";
import "./municipality-page.js";
import "./pso.js";
import "./notice-preferences.js";

export const schema = builder.toSchema({ sortSchema: false });
