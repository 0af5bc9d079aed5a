/** RS-SITES — this part's paths and schemas in the OpenAPI document (tag `remote-services`). */
export function remoteSitesPaths(): Record<string, unknown> {
  return {};
}

export function remoteSitesComponents(): Record<string, unknown> {
  return {};
}
