/** RS-IDPIN — this part's paths and schemas in the OpenAPI document (tag `remote-services`). */
export function remoteIdPinPaths(): Record<string, unknown> {
  return {};
}

export function remoteIdPinComponents(): Record<string, unknown> {
  return {};
}
