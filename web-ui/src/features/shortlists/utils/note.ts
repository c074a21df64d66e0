export const NOTE_MAX = 2000;

/** A note as it is saved: trimmed; too long is an error the editor shows. */
export function checkNote(text: string): { value: string; error?: string } {
  const value = text.trim();
  if (value.length > NOTE_MAX) {
    return { value, error: `Keep the note under ${NOTE_MAX.toLocaleString('en-GB')} characters (${value.length.toLocaleString('en-GB')} now)` };
  }
  return { value };
}
