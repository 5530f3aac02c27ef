-- CreateEnum
CREATE TYPE "PolicyStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'RETIRED');

-- AlterTable
ALTER TABLE "Policy" ADD COLUMN     "status" "PolicyStatus" NOT NULL DEFAULT 'PUBLISHED',
ALTER COLUMN "validFrom" DROP NOT NULL;


-- Published catalogue versions and policies are immutable (DESIGN.md section 3). The API refuses
-- such changes with a clear message; these triggers make the database refuse them too, whatever
-- code or person tries. Only the step PUBLISHED -> RETIRED is allowed on a published row.
CREATE FUNCTION sroi_refuse_published_catalogue_change() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF OLD."status" <> 'DRAFT' THEN
      RAISE EXCEPTION 'catalogue version % is % and cannot be deleted', OLD."key", OLD."status";
    END IF;
    RETURN OLD;
  END IF;
  IF OLD."status" <> 'DRAFT' THEN
    IF NOT (OLD."status" = 'PUBLISHED' AND NEW."status" = 'RETIRED')
       OR (to_jsonb(NEW) - 'status' - 'updatedAt') <> (to_jsonb(OLD) - 'status' - 'updatedAt') THEN
      RAISE EXCEPTION 'catalogue version % is % and cannot be changed', OLD."key", OLD."status";
    END IF;
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "CatalogueVersion_immutable_when_published"
BEFORE UPDATE OR DELETE ON "CatalogueVersion"
FOR EACH ROW EXECUTE FUNCTION sroi_refuse_published_catalogue_change();

CREATE FUNCTION sroi_refuse_published_item_change() RETURNS trigger AS $$
DECLARE
  version_status TEXT;
BEGIN
  SELECT "status" INTO version_status FROM "CatalogueVersion"
   WHERE "id" = CASE WHEN TG_OP = 'DELETE' THEN OLD."catalogueVersionId" ELSE NEW."catalogueVersionId" END;
  -- A cascade from deleting a draft version finds no version row any more: that is allowed.
  IF version_status IS NOT NULL AND version_status <> 'DRAFT' THEN
    RAISE EXCEPTION '% of a % catalogue version cannot be changed', TG_TABLE_NAME, version_status;
  END IF;
  IF TG_OP = 'UPDATE' AND NEW."catalogueVersionId" <> OLD."catalogueVersionId" THEN
    SELECT "status" INTO version_status FROM "CatalogueVersion" WHERE "id" = OLD."catalogueVersionId";
    IF version_status <> 'DRAFT' THEN
      RAISE EXCEPTION '% of a % catalogue version cannot be moved', TG_TABLE_NAME, version_status;
    END IF;
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "Block_immutable_when_published"
BEFORE INSERT OR UPDATE OR DELETE ON "Block"
FOR EACH ROW EXECUTE FUNCTION sroi_refuse_published_item_change();

CREATE TRIGGER "Bonus_immutable_when_published"
BEFORE INSERT OR UPDATE OR DELETE ON "Bonus"
FOR EACH ROW EXECUTE FUNCTION sroi_refuse_published_item_change();

CREATE FUNCTION sroi_refuse_published_policy_change() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF OLD."status" <> 'DRAFT' THEN
      RAISE EXCEPTION 'policy % is % and cannot be deleted', OLD."id", OLD."status";
    END IF;
    RETURN OLD;
  END IF;
  IF OLD."status" <> 'DRAFT' THEN
    IF NOT (OLD."status" = 'PUBLISHED' AND NEW."status" = 'RETIRED')
       OR (to_jsonb(NEW) - 'status' - 'updatedAt') <> (to_jsonb(OLD) - 'status' - 'updatedAt') THEN
      RAISE EXCEPTION 'policy % is % and cannot be changed', OLD."id", OLD."status";
    END IF;
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "Policy_immutable_when_published"
BEFORE UPDATE OR DELETE ON "Policy"
FOR EACH ROW EXECUTE FUNCTION sroi_refuse_published_policy_change();
