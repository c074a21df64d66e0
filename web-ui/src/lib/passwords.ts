/** The backend's password policy, mirrored so forms can say so before sending. */
export const PASSWORD_MIN_LENGTH = 12;

export function validateNewPassword(value: string): string | null {
  if (!value) {
    return 'Enter a password';
  }
  return value.length < PASSWORD_MIN_LENGTH
    ? `Use at least ${PASSWORD_MIN_LENGTH} characters (${value.length} so far)`
    : null;
}
