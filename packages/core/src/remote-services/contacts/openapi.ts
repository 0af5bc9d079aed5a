/** RS-CONTACTS — this part's paths and schemas in the OpenAPI document (tag `remote-services`). */
export function remoteContactsPaths(): Record<string, unknown> {
  return {};
}

export function remoteContactsComponents(): Record<string, unknown> {
  return {};
}
