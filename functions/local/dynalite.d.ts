declare module 'dynalite' {
  import type { Server } from 'node:http';

  /** Options of the embedded DynamoDB-compatible engine; without `path` it keeps data in memory. */
  interface DynaliteOptions {
    path?: string;
    createTableMs?: number;
    deleteTableMs?: number;
    updateTableMs?: number;
  }
  export default function dynalite(options?: DynaliteOptions): Server;
}
