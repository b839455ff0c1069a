/** The current time, injected so that tests can move it (token expiry, daily and weekly rounds). */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };
