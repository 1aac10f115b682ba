/** "Door B" for a door named "B", but "Main door" and "Door 3" as they are, never "Door Door 3". */
export function doorLabel(name: string): string {
  return /\bdoor\b/i.test(name) ? name : `Door ${name}`;
}
