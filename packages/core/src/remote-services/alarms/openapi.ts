/** RS-ALARMS — this part's paths and schemas in the OpenAPI document (tag `remote-services`). */
export function remoteAlarmsPaths(): Record<string, unknown> {
  return {};
}

export function remoteAlarmsComponents(): Record<string, unknown> {
  return {};
}
