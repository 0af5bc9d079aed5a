/** SR — the typed calls of the interventions part (through the shared client). */
export {};
