/** SR — the typed calls of the anomalies part (through the shared client). */
export {};
