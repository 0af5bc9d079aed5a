/** RS-ONB — this part's paths and schemas in the OpenAPI document (tag `remote-services`). */
export function remoteOnboardingPaths(): Record<string, unknown> {
  return {};
}

export function remoteOnboardingComponents(): Record<string, unknown> {
  return {};
}
