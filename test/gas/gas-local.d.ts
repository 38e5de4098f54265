declare module 'gas-local' {
  /** Runs every file of `dir` accepted by `filter` in one vm context built from `globals`, and returns that context. */
  export function require<T = Record<string, unknown>>(dir: string, globals?: object, options?: { filter?: (file: string) => boolean }): T;
  export const globalMockDefault: object;
}
