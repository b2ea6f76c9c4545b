// The rule lives in the core, shared with the marketplace backend.
export { mayHaveBooked } from '@meeting-card/core';
