/** SR — the anomalies part's paths and schemas in the OpenAPI document (tag `safety-register`). */
export function registerAnomaliesPaths(): Record<string, unknown> {
  return {};
}

export function registerAnomaliesComponents(): Record<string, unknown> {
  return {};
}
