/** SR — the typed calls of the reports part (through the shared client). */
export {};
