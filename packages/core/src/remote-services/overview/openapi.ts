/** RS-OVERVIEW — this part's paths and schemas in the OpenAPI document (tag `remote-services`). */
export function remoteOverviewPaths(): Record<string, unknown> {
  return {};
}

export function remoteOverviewComponents(): Record<string, unknown> {
  return {};
}
