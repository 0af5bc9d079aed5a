/** Shared helpers of the passport element tests. */
import type { PassportSession } from '@vigie/core';
import { PASSPORT_DEMO_LOGIN } from '@vigie/mock-api/browser';

/** Signs the demo referent in through core's api (the mock's demo credentials): their passport session. */
export async function signInDemoReferent(): Promise<PassportSession> {
  const { createClient } = await import('@vigie/core/api');
  const { passportLogin } = await import('@vigie/core/passport/api');
  const answer = await passportLogin(createClient({ baseUrl: '/api' }), PASSPORT_DEMO_LOGIN.email, PASSPORT_DEMO_LOGIN.password);
  if (answer.kind !== 'signed-in') throw new Error(`unexpected ${answer.kind}`);
  return answer.session;
}
