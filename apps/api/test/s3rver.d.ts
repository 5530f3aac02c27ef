// s3rver ships no types; the little of its API the S3 tests use.
declare module "s3rver" {
  import type { IncomingMessage, ServerResponse } from "node:http";

  export interface S3rverOptions {
    address?: string;
    port?: number;
    silent?: boolean;
    directory: string;
    configureBuckets?: { name: string; configs?: (string | Buffer)[] }[];
  }

  export default class S3rver {
    constructor(options: S3rverOptions);
    /** creates the configured buckets */
    configureBuckets(): Promise<void>;
    /** the request handler, to serve it from an http.Server of one's own */
    getMiddleware(): (req: IncomingMessage, res: ServerResponse) => void;
  }
}
