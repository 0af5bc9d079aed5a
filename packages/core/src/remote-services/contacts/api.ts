/** RS-CONTACTS — paths and typed calls of this part through the shared client. */
export {};
