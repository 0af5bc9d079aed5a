/** SR — the typed calls of the permits part (through the shared client). */
export {};
