import { isApiError } from './api-error';

type SettableForm<Field extends string> = {
  setFieldError: (field: Field, error: string) => void;
};

/**
 * Puts each field error of a validation problem under its field. Returns true when at least one of the form's own
 * fields got a message, so the caller can skip a general alert.
 */
export function applyFieldErrors<Field extends string>(
  form: SettableForm<Field>,
  error: unknown,
  fields: readonly Field[],
): boolean {
  if (!isApiError(error)) {
    return false;
  }
  let applied = false;
  for (const [field, message] of Object.entries(error.fieldErrorMap())) {
    if ((fields as readonly string[]).includes(field)) {
      form.setFieldError(field as Field, message);
      applied = true;
    }
  }
  return applied;
}
