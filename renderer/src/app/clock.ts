/**
 * The renderer's one source of time. The composition root creates it once (systemClock) and hands it
 * to everything that needs "now": the sync engine, the outbox sender, the idle detection, the
 * minute clock of the deadlines, and the features through ConsoleData.now. Tests pass their own.
 */
export type Clock = () => Date;

/** The real time: the only place in the renderer's wiring that reads it. */
export const systemClock: Clock = () => new Date();
