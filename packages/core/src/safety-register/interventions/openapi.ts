/** SR — the interventions part's paths and schemas in the OpenAPI document (tag `safety-register`). */
export function registerInterventionsPaths(): Record<string, unknown> {
  return {};
}

export function registerInterventionsComponents(): Record<string, unknown> {
  return {};
}
