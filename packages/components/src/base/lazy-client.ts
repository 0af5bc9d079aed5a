/**
 * The provider's API client, loaded on first use: ky, zod and the contract arrive only when a
 * widget actually asks the server for something. A host that passes data as properties never
 * downloads them, and every widget paints before the data layer is parsed.
 */
import type { ClientOptions, VigieClient } from '@vigie/core/api';

export function lazyClient(options: ClientOptions): VigieClient {
  let real: Promise<VigieClient> | undefined;
  const load = () => (real ??= import('@vigie/core/api').then((m) => m.createClient(options)));
  return {
    baseUrl: options.baseUrl,
    get: async (...args) => (await load()).get(...args),
    post: async (...args) => (await load()).post(...args),
    put: async (...args) => (await load()).put(...args),
    delete: async (...args) => (await load()).delete(...args),
    stream: async (...args) => (await load()).stream!(...args),
  };
}
