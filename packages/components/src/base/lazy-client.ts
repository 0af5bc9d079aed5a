/**
 * The provider's API client, loaded on first use: ky, zod and the contract arrive only when a
 * widget actually asks the server for something. A host that passes data as properties never
 * downloads them, and every widget paints before the data layer is parsed.
 *
 * The import names `@vigie/core/api/client`, a module no widget imports statically: esbuild (and
 * Rolldown) put a module that is both imported statically and by `import()` in a chunk the page
 * loads up front. Widgets import `ApiError` & co from the `@vigie/core/api` barrel; were this the
 * same specifier, ky and zod would load with the page under those bundlers (issue 11, point 8).
 */
import type { ClientOptions, VigieClient } from '@vigie/core/api';

export function lazyClient(options: ClientOptions): VigieClient {
  let real: Promise<VigieClient> | undefined;
  const load = () => (real ??= import('@vigie/core/api/client').then((m) => m.createClient(options)));
  return {
    baseUrl: options.baseUrl,
    get: async (...args) => (await load()).get(...args),
    post: async (...args) => (await load()).post(...args),
    put: async (...args) => (await load()).put(...args),
    delete: async (...args) => (await load()).delete(...args),
    stream: async (...args) => (await load()).stream!(...args),
  };
}
