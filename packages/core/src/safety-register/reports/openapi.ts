/** SR — the reports part's paths and schemas in the OpenAPI document (tag `safety-register`). */
export function registerReportsPaths(): Record<string, unknown> {
  return {};
}

export function registerReportsComponents(): Record<string, unknown> {
  return {};
}
