-- One draft version of a gemeente's SR policy at a time: two drafts would fork the rules, and two
-- "new version" requests at the same moment must not both create one. Prisma's schema language
-- cannot state a partial unique index, so it lives here only (see apps/api/src/services/once.ts).
CREATE UNIQUE INDEX "Policy_one_draft_per_municipality" ON "Policy"("municipalityId") WHERE "status" = 'DRAFT';
