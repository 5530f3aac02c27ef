// After a version is created, published, retired or deleted, a region's list of versions and the
// version in force are no longer what the cache holds: forget them, so the next page asks again.
import { client } from "../apollo";

export function forgetRegionCatalogues(regionCode: string) {
  const id = client.cache.identify({ __typename: "Region", code: regionCode });
  if (!id) return;
  client.cache.evict({ id, fieldName: "catalogueVersions" });
  client.cache.evict({ id, fieldName: "catalogueInForce" });
  client.cache.gc();
}

export function forgetCatalogueVersion(key: string) {
  const id = client.cache.identify({ __typename: "CatalogueVersion", key });
  if (id) client.cache.evict({ id });
  client.cache.evict({ id: "ROOT_QUERY", fieldName: "compareCatalogueVersions" });
  client.cache.gc();
}
