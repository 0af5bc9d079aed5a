/** SR — the permits part's paths and schemas in the OpenAPI document (tag `safety-register`). */
export function registerPermitsPaths(): Record<string, unknown> {
  return {};
}

export function registerPermitsComponents(): Record<string, unknown> {
  return {};
}
