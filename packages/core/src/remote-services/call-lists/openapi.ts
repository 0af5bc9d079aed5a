/** RS-CALL — this part's paths and schemas in the OpenAPI document (tag `remote-services`). */
export function remoteCallListsPaths(): Record<string, unknown> {
  return {};
}

export function remoteCallListsComponents(): Record<string, unknown> {
  return {};
}
