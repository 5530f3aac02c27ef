// The app's one Apollo Client, and the router's way to start a route's query before it renders:
// the same configuration as the other app (@sroi/ui's createApolloClient).
import { createApolloClient } from "@sroi/ui";

export const { client, preloadQuery } = createApolloClient();
