/** A one-line text field (a textarea that grows with its text): Enter commits instead of breaking the line. */
export const commitOnEnter = (e: KeyboardEvent): void => {
  if (e.key !== 'Enter' || e.isComposing) return;
  e.preventDefault();
  e.target!.dispatchEvent(new Event('change', { bubbles: true }));
};
