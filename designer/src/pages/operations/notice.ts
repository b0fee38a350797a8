/** A result to show once the instance page is drawn again (a retry's outcome, a saved variable). */
export interface Notice { kind: 'success' | 'error'; text: string }
