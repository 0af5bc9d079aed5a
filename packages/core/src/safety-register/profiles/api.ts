/** SR — the typed calls of the profiles part (through the shared client). */
export {};
