// A count of the steps the scrubber's loops take, so a test can check that work grows linearly
// with the text (a long run of initials or digits must not be read again from each position).

/** Steps taken since the last `resetWork`: every inner-loop iteration of the rules adds one. */
export const work = { steps: 0 };

/** Sets the step count to zero. */
export function resetWork(): void {
  work.steps = 0;
}
