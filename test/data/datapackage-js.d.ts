declare module 'datapackage' {
  /** A resource of a Data Package as the Frictionless JavaScript library (datapackage-js) loads it. */
  export interface Resource {
    readonly name: string;
    readonly descriptor: { readonly path: string; readonly bytes: number; readonly hash: string };
    /** Whether the library reads the resource as a table (profile tabular-data-resource). */
    readonly tabular: boolean;
    /** Its rows, each keyed by field name and cast to the types of its schema; throws on a repeated primary key. */
    read(options: { keyed: true; cast: boolean }): Promise<Array<Record<string, unknown>>>;
    /** Throws unless every foreign key of its schema finds its row in the resource it references. */
    checkRelations(): Promise<true>;
    /** Its bytes, as stored. */
    rawRead(): Promise<Buffer>;
  }

  /** A Data Package: its descriptor validated against its profile, and its resources. */
  export class Package {
    static load(descriptor: string, options: { basePath: string; strict: boolean }): Promise<Package>;
    readonly valid: boolean;
    readonly errors: ReadonlyArray<Error>;
    readonly resources: ReadonlyArray<Resource>;
    getResource(name: string): Resource | null;
  }
}
