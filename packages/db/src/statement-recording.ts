// Every SQL statement the Prisma client sends, reported as it is sent: the tests that hold a page
// to a number of statements per request (issue 13.3) count at the driver, below Prisma, so a
// relation Prisma loads with a second query is counted as the second statement it is.
import type {
  SqlDriverAdapter,
  SqlDriverAdapterFactory,
  SqlQueryable,
} from "@prisma/driver-adapter-utils";

export type StatementListener = (sql: string) => void;

function recordQueries<Queryable extends SqlQueryable>(
  queryable: Queryable,
  listener: StatementListener,
): Queryable {
  return new Proxy(queryable, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (property === "queryRaw" || property === "executeRaw") {
        return (query: { sql: string }) => {
          listener(query.sql);
          return (value as (q: unknown) => unknown).call(target, query);
        };
      }
      if (property === "startTransaction") {
        return async (...args: unknown[]) =>
          recordQueries(
            await (value as (...a: unknown[]) => Promise<SqlQueryable>).apply(target, args),
            listener,
          );
      }
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

/** The adapter factory with every statement reported to the listener. */
export function recordingAdapter(
  factory: SqlDriverAdapterFactory,
  listener: StatementListener,
): SqlDriverAdapterFactory {
  return new Proxy(factory, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (property === "connect") {
        return async () => recordQueries<SqlDriverAdapter>(await target.connect(), listener);
      }
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}
