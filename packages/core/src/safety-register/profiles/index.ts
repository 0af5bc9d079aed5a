/** SR — the profiles part of the safety register: rules, machines, contract and calls. */
export {};
