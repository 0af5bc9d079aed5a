/** SR — the profiles part's paths and schemas in the OpenAPI document (tag `safety-register`). */
export function registerProfilesPaths(): Record<string, unknown> {
  return {};
}

export function registerProfilesComponents(): Record<string, unknown> {
  return {};
}
